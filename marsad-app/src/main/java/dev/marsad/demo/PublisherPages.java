package dev.marsad.demo;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Articles from outside the demo corpus (a benchmark's news corpus) rendered as article pages of
 * the four demo publishers, by the same templates and renderers as the running demo sites: the
 * same markup, page furniture, encodings, date lines and URL shapes, without a server.
 *
 * <p>One call renders one batch as four small sites: related reading, teasers and "most read" lists
 * are chosen among the batch's articles of the same publisher. Each publisher's pages sit under its
 * own host, {@code http://<publisher id>.example/}.
 *
 * <pre>{@code
 * var pages = new PublisherPages();
 * List<PublisherPages.RenderedPage> batch = pages.render(List.of(new PublisherPages.Draft(
 *         "snn-1", "sada", 100_001, "local", published, title, List.of(), paragraphs, List.of())));
 * }</pre>
 */
public final class PublisherPages {

    private final Map<String, PublisherSite> publishers = new LinkedHashMap<>();

    /** Loads the four publishers' templates (once; a renderer is reusable and holds no batch). */
    public PublisherPages() {
        DemoNewsroom.publishers().forEach(p -> publishers.put(p.id(), p));
    }

    /**
     * One article to render.
     *
     * @param id unique within a batch; the JSON-LD site puts it in the URL, so it must be URL-safe
     * @param publisher the id of the publisher that shows it, one of {@link #publisherIds()}
     * @param number a number unique over every batch of one publisher, for the URL of the sites
     *     that number their articles ({@code /news/100001}, {@code article.php?id=100001})
     * @param section a section id of the demo ("world", "arab", "economy", "sports", "tech",
     *     "health", "local")
     * @param published the publication time, with the offset the publisher writes
     * @param title the headline, not blank
     * @param authors the bylines, possibly none
     * @param paragraphs the body paragraphs, at least one
     * @param tags the tags, possibly none
     */
    public record Draft(
            String id,
            String publisher,
            int number,
            String section,
            OffsetDateTime published,
            String title,
            List<String> authors,
            List<String> paragraphs,
            List<String> tags) {

        public Draft {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(title, "title");
            authors = List.copyOf(authors);
            paragraphs = List.copyOf(paragraphs);
            tags = List.copyOf(tags);
        }
    }

    /**
     * The article page of one draft, as its publisher's server would answer it.
     *
     * @param id the draft's id
     * @param publisher the publisher id
     * @param publisherName the name the publisher's pages show
     * @param url the page's URL
     * @param contentType the Content-Type header exactly as the site sends it (the legacy site names
     *     no charset)
     * @param body the bytes, in the site's encoding; not copied
     * @param lastModified the Last-Modified time
     */
    public record RenderedPage(
            String id,
            String publisher,
            String publisherName,
            URI url,
            String contentType,
            byte[] body,
            Instant lastModified) {

        public RenderedPage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(publisherName, "publisherName");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /** The publisher ids in the demo's order: "nafitha", "alraed", "sada", "almadar". */
    public List<String> publisherIds() {
        return List.copyOf(publishers.keySet());
    }

    /**
     * Renders a batch: each draft's article page in its publisher's layout, in the order of {@code
     * drafts}.
     *
     * @throws IllegalArgumentException when a draft names an unknown publisher, has a blank title or
     *     no paragraph, or two drafts share an id
     */
    public List<RenderedPage> render(List<Draft> drafts) {
        Map<String, Draft> byId = new HashMap<>();
        for (Draft draft : drafts) {
            if (!publishers.containsKey(draft.publisher()))
                throw new IllegalArgumentException("draft " + draft.id() + ": unknown publisher '" + draft.publisher()
                        + "', expected one of " + publishers.keySet());
            if (byId.putIfAbsent(draft.id(), draft) != null)
                throw new IllegalArgumentException("draft id '" + draft.id() + "' is used twice in one batch");
        }
        DemoCorpus corpus =
                DemoCorpus.of(drafts.stream().map(PublisherPages::entry).toList());
        Map<String, String> names = publishers.values().stream()
                .collect(Collectors.toMap(PublisherSite::id, PublisherSite::name, (a, b) -> a, LinkedHashMap::new));
        Map<String, RenderedPage> pages = new HashMap<>();
        for (PublisherSite publisher : publishers.values()) {
            URI base = URI.create("http://" + publisher.id() + ".example/");
            // the article pages only: the pictures a site serves beside them are not drawn (a JPEG an
            // article took most of the rendering time of bench solr's 22,905 pages)
            var site = new SiteArticles(
                    publisher, base, corpus, names, e -> byId.get(e.id()).number(), SiteArticles.Pictures.LEFT_OUT);
            if (site.newestFirst().isEmpty()) continue;
            RenderedSite rendered = publisher.render(site);
            for (CorpusEntry entry : site.newestFirst()) {
                StaticResource page = rendered.respond(site.path(entry));
                pages.put(
                        entry.id(),
                        new RenderedPage(
                                entry.id(),
                                publisher.id(),
                                publisher.name(),
                                site.url(entry),
                                page.contentType(),
                                page.body(),
                                page.lastModified()));
            }
        }
        return drafts.stream().map(Draft::id).map(pages::get).toList();
    }

    private static CorpusEntry entry(Draft d) {
        return new CorpusEntry(
                d.id(),
                d.publisher(),
                d.id(),
                d.section(),
                d.published(),
                d.title(),
                "",
                d.authors(),
                d.paragraphs(),
                d.tags(),
                "",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }
}
