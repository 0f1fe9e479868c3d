package dev.marsad.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.ListedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import dev.marsad.ingest.ServiceStatus;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The JSON bodies of the API, as records: what a program gets is written down here (and in
 * {@link ApiArticle} for an article) and described by the OpenAPI document {@code openapi.json}.
 * Dates are ISO-8601 strings; absent values are {@code null}.
 */
final class ApiBodies {

    private ApiBodies() {}

    /** Jackson with records, Optional (jdk8) and java.time (jsr310, ISO strings, not numbers). */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** The one error shape: {"status":400,"error":"bad_parameter","detail":"…"}. */
    record ErrorBody(int status, String error, String detail) {}

    /**
     * The one list shape of the API: one page of items, how many there are in all, and links to the
     * pages around it. A page past the last is empty (its links still lead back).
     *
     * @param items this page's items
     * @param total how many items the listing has in all
     * @param page this page, from 1
     * @param pageSize items per page
     * @param pageCount how many pages the listing has (0 when it is empty)
     * @param links this page, the first, previous, next and last pages (null when there is none)
     */
    record ListBody<T>(List<T> items, long total, int page, int pageSize, long pageCount, PageLinks links) {

        static <T> ListBody<T> of(List<T> items, long total, Paging paging, IntFunction<String> href) {
            long pageCount = Paging.pageCount(total, paging.pageSize());
            return new ListBody<>(
                    items, total, paging.page(), paging.pageSize(), pageCount, PageLinks.of(paging, pageCount, href));
        }
    }

    /** Links between the pages of a listing; {@code prev}, {@code next} and {@code last} are null when there is none. */
    record PageLinks(String self, String first, String prev, String next, String last) {

        static PageLinks of(Paging paging, long pageCount, IntFunction<String> href) {
            int page = paging.page();
            long last = Math.min(pageCount, paging.lastPage());
            return new PageLinks(
                    href.apply(page),
                    href.apply(1),
                    page > 1 ? href.apply((int) Math.min(page - 1, Math.max(last, 1))) : null,
                    page < last ? href.apply(page + 1) : null,
                    last > 0 ? href.apply((int) last) : null);
        }
    }

    /** An article in a listing: the first fields of {@link ApiArticle}, with the same names. */
    record ArticleSummary(
            String id,
            String href,
            URI url,
            String title,
            String site,
            String source,
            Instant published,
            String publishedPrecision,
            String section,
            String storyId,
            String duplicateOf) {

        /** The summary of an article as lists show it (a search hit). */
        static ArticleSummary of(ListedArticle listed) {
            return new ArticleSummary(
                    listed.id(),
                    "/api/articles/" + SitePaths.segment(listed.id()),
                    SitePaths.webUri(listed.url()).orElse(null),
                    listed.title(),
                    listed.site(),
                    listed.source().orElse(null),
                    listed.published().orElse(null),
                    listed.published()
                            .map(p -> ApiArticle.precision(listed.publishedPrecision()))
                            .orElse(null),
                    listed.section().name().toLowerCase(Locale.ROOT),
                    listed.storyId(),
                    listed.duplicateOf().orElse(null));
        }

        /** The summary of a whole article: the same as its search hit's. */
        static ArticleSummary of(IndexedArticle indexed) {
            return of(ListedArticle.of(indexed));
        }
    }

    /** A related article with its similarity score. */
    record Related(float score, ArticleSummary article) {}

    /**
     * The copy group of an article as seen from it (issue 12): the other members with their
     * relation to it and what each changed in the original, and what the article itself changed.
     *
     * @param members the original first (when the article is a copy), then the other copies
     * @param added the article's own sentences, which its original does not have
     * @param cut the original's sentences that the article left out
     */
    record CopyGroup(List<CopyMember> members, List<String> added, List<String> cut) {

        /** Null when the article has neither an original nor copies (the article shape's convention). */
        static CopyGroup of(CopyGroupView view) {
            if (view.original().isEmpty() && view.copies().isEmpty()) return null;
            var members = new java.util.ArrayList<CopyMember>();
            view.original().ifPresent(o -> members.add(CopyMember.of(o, true)));
            view.copies().forEach(c -> members.add(CopyMember.of(c, false)));
            return new CopyGroup(members, view.added(), view.cut());
        }
    }

    /**
     * Another member of an article's copy group.
     *
     * @param original whether it is the group's original
     * @param relation what it is to the article; null when the link stage did not record it
     * @param added its own sentences, which the original does not have
     * @param cut the original's sentences it left out
     */
    record CopyMember(
            ArticleSummary article, boolean original, CopyRelation relation, List<String> added, List<String> cut) {

        static CopyMember of(CopyGroupView.Member m, boolean original) {
            return new CopyMember(
                    ArticleSummary.of(m.article()),
                    original,
                    m.relation()
                            .map(p -> new CopyRelation(
                                    p.kind().name().toLowerCase(Locale.ROOT), p.sharedOfThis(), p.sharedOfPeer()))
                            .orElse(null),
                    m.added(),
                    m.cut());
        }
    }

    /**
     * A member's relation to the article.
     *
     * @param kind "same", "shortened" (the member is the article cut), "extended" (the member adds
     *     to it), "edited", or "partial" (shares text but is no copy of it)
     * @param sharedOfMember the share of the member's text found, in order, in the article
     * @param sharedOfArticle the share of the article's text found, in order, in the member
     */
    record CopyRelation(String kind, double sharedOfMember, double sharedOfArticle) {}

    /** A story in a listing. */
    record StorySummary(
            String id,
            String href,
            String title,
            int articleCount,
            List<String> publishers,
            Instant first,
            Instant last,
            List<TagName> tags,
            List<String> entities) {

        /** The summary of a story, its tags named as the articles name them (a tag no article names is left out). */
        static StorySummary of(Story s, java.util.function.Function<String, Optional<String>> tagNames) {
            return new StorySummary(
                    s.id(),
                    "/api/stories/" + SitePaths.segment(s.id()),
                    DisplayText.clean(s.title()),
                    s.articleIds().size(),
                    s.publishers(),
                    s.first(),
                    s.last(),
                    s.tagKeys().stream()
                            .flatMap(k -> tagNames.apply(k).map(n -> new TagName(k, n)).stream())
                            .toList(),
                    s.entityIds());
        }
    }

    /** A tag's key (for links and filters) and its display name (for readers). */
    record TagName(String key, String name) {}

    /**
     * A story with its articles, oldest first, the storyline it belongs to (absent when none) and
     * the stories the link stage chose as related reading, best first.
     */
    record StoryDetail(
            StorySummary story,
            List<ArticleSummary> articles,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
            Optional<StorylineBody> storyline,

            List<StorySummary> related) {}

    /** A storyline with its stories (events) in the order they began. */
    record StorylineBody(String id, String href, String title, Instant first, Instant last, List<Event> stories) {

        static StorylineBody of(Storyline line) {
            return new StorylineBody(
                    line.id(),
                    "/api/storylines/" + SitePaths.segment(line.id()),
                    DisplayText.clean(line.title()),
                    line.first(),
                    line.last(),
                    line.stories().stream().map(Event::of).toList());
        }

        /** One story of a storyline. */
        record Event(
                String id,
                String href,
                String title,
                Instant first,
                Instant last,
                int articleCount,
                int publisherCount) {
            static Event of(Storyline.Entry e) {
                return new Event(
                        e.storyId(),
                        "/api/stories/" + SitePaths.segment(e.storyId()),
                        DisplayText.clean(e.title()),
                        e.first(),
                        e.last(),
                        e.articles(),
                        e.publishers());
            }
        }
    }

    /** A tag with how many articles carry it. */
    record TagCount(String key, String name, long count, String href) {}

    /** A tag: its key, its name and every spelling seen. */
    record TagInfo(String key, String name, List<String> variants) {}

    /** One page of a tag's articles in the list shape, with the tag. */
    record TagBody(
            TagInfo tag,
            List<ArticleSummary> items,
            long total,
            int page,
            int pageSize,
            long pageCount,
            PageLinks links) {

        static TagBody of(TagInfo tag, ListBody<ArticleSummary> list) {
            return new TagBody(
                    tag, list.items(), list.total(), list.page(), list.pageSize(), list.pageCount(), list.links());
        }
    }

    /**
     * An entity: who or what it is and the stories that name it.
     *
     * @param id the canonical id
     * @param href its page on the site
     * @param name its display name
     * @param type per, loc or org (as in {@link ApiArticle.EntityView})
     * @param variants the spellings its articles use, then known aliases
     * @param roles titles and roles its articles give a person
     * @param articleCount how many articles name it
     * @param stories the stories of its latest articles, latest first
     */
    record EntityInfo(
            String id,
            String href,
            String name,
            String type,
            List<String> variants,
            List<String> roles,
            long articleCount,
            List<EntityStory> stories) {}

    /** One page of an entity's articles in the list shape, with the entity. */
    record EntityBody(
            EntityInfo entity,
            List<ArticleSummary> items,
            long total,
            int page,
            int pageSize,
            long pageCount,
            PageLinks links) {

        static EntityBody of(EntityInfo entity, ListBody<ArticleSummary> list) {
            return new EntityBody(
                    entity, list.items(), list.total(), list.page(), list.pageSize(), list.pageCount(), list.links());
        }
    }

    /**
     * A publisher: its name, its page, its figures read from its latest articles, and its feeds.
     *
     * @param name the publisher's name, as articles give it
     * @param href its page on the site
     * @param articleCount how many articles it published or is named the source of
     * @param sampled how many of its latest articles the figures were read from
     * @param copyGroups how many of those it published are in a copy group
     * @param originals how many of those it is the original of
     * @param perDay its articles per day, latest first
     * @param stories the stories of those articles, latest first
     * @param feeds its RSS, Atom and JSON feeds
     */
    record PublisherInfo(
            String name,
            String href,
            long articleCount,
            int sampled,
            int copyGroups,
            int originals,
            List<DayCount> perDay,
            List<EntityStory> stories,
            FeedLinks feeds) {}

    /** Articles on one day. */
    record DayCount(LocalDate day, int count) {}

    /** The three feeds of a listing. */
    record FeedLinks(String rss, String atom, String json) {}

    /** A publisher with one page of its articles, in the one list shape (the list's fields follow it). */
    record PublisherBody(
            PublisherInfo publisher, @JsonUnwrapped ListBody<ArticleSummary> list) {}

    /** A story that names an entity: how many of the entity's articles it has, first and last. */
    record EntityStory(String id, String href, String title, int articles, Instant first, Instant last) {}

    /** The echo of a search request. */
    record Query(
            String q,
            LocalDate from,
            LocalDate to,
            String source,
            String tag,
            String entity,
            String sort,
            int page,
            int pageSize) {}

    /**
     * One search hit: the article's summary fields, the passage that matched (HTML with the
     * matches in mark elements, everything else escaped) and the relevance score.
     */
    record SearchItem(@JsonUnwrapped ArticleSummary article, String snippet, float score, List<String> missing) {

        static SearchItem of(SearchResult.Hit h) {
            return new SearchItem(ArticleSummary.of(h.article()), h.snippet(), h.score(), h.missing());
        }
    }

    /** A page of search results in the list shape, with the query and facet counts. */
    record Search(
            Query query,
            List<SearchItem> items,
            long total,
            int page,
            int pageSize,
            long pageCount,
            PageLinks links,
            Map<String, List<SearchResult.FacetCount>> facets,
            String suggestion,
            boolean relaxed) {

        static Search of(SearchResult r, IntFunction<String> href) {
            SearchQuery q = r.query();
            ListBody<SearchItem> list = ListBody.of(
                    r.hits().stream().map(SearchItem::of).toList(),
                    r.total(),
                    new Paging(q.page(), q.pageSize()),
                    href);
            return new Search(
                    new Query(
                            q.text(),
                            q.from().orElse(null),
                            q.to().orElse(null),
                            q.source().orElse(null),
                            q.tag().orElse(null),
                            q.entity().orElse(null),
                            q.order().key(),
                            q.page(),
                            q.pageSize()),
                    list.items(),
                    list.total(),
                    list.page(),
                    list.pageSize(),
                    list.pageCount(),
                    list.links(),
                    lowerCaseSections(r.facets()),
                    r.suggestion().orElse(null),
                    r.relaxed());
        }

        /** The section facet's values as the summaries write a section ("politics", not "POLITICS"). */
        private static Map<String, List<SearchResult.FacetCount>> lowerCaseSections(
                Map<String, List<SearchResult.FacetCount>> facets) {
            Map<String, List<SearchResult.FacetCount>> out = new java.util.TreeMap<>(facets);
            out.computeIfPresent(
                    SearchPageBuilder.SECTION_FACET,
                    (k, values) -> values.stream()
                            .map(f -> new SearchResult.FacetCount(
                                    f.value().toLowerCase(Locale.ROOT), f.label(), f.count()))
                            .toList());
            return out;
        }
    }

    /** What /health answers; {@code service} while a crawl keeps the index fresh ({@code marsad run}). */
    record Health(
            String status,
            long articles,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
            Optional<Service> service) {}

    /** The running service in /health: the crawl's schedule and throughput, and what was stored. */
    record Service(
            int sources,
            int sourcesDue,
            int listings,
            int listingsDue,
            Optional<java.time.Instant> nextPoll,
            double pagesPerSecond,
            int pagesDue,
            Map<String, Long> pages,
            Map<String, Long> errorsByHost,
            int stored,
            int rejected,
            int failed,
            Optional<String> problem) {

        static Service of(ServiceStatus s) {
            var pages = new java.util.TreeMap<String, Long>();
            s.crawl().pages().forEach((state, n) -> pages.put(state.name().toLowerCase(java.util.Locale.ROOT), n));
            return new Service(
                    s.crawl().sources(),
                    s.crawl().sourcesDue(),
                    s.crawl().listings(),
                    s.crawl().listingsDue(),
                    s.crawl().nextDue(),
                    s.crawl().pagesPerSecond(),
                    s.crawl().pagesDue(),
                    pages,
                    s.crawl().errorsByHost(),
                    s.stored(),
                    s.rejected(),
                    s.failed(),
                    s.crawl().problem());
        }
    }
}
