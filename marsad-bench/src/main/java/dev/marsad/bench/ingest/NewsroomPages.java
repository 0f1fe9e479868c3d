package dev.marsad.bench.ingest;

import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Hints;
import dev.marsad.crawl.Page;
import dev.marsad.demo.PublisherPages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * SaudiNewsNet articles as a crawl of the demo's four publishers would capture them. Each outlet is
 * published by one demo publisher (outlets in name order, dealt out in turn), and each article is
 * rendered in that publisher's layout by the demo's own renderers ({@link PublisherPages}),
 * captured {@link #CAPTURE_DELAY} after publication, with the publisher as its source and the
 * feed's title and date as hints. The same articles give the same pages on every run.
 */
final class NewsroomPages {

    /** SaudiNewsNet dates are Riyadh time. */
    static final ZoneOffset RIYADH = ZoneOffset.ofHours(3);

    /** How long after publication a polling crawler fetches a page. */
    static final Duration CAPTURE_DELAY = Duration.ofMinutes(5);

    /**
     * The corpus lost most newlines: a longer paragraph is cut at sentence ends into paragraphs of
     * about this many words, as the papers print them.
     */
    static final int MAX_PARAGRAPH_WORDS = 80;

    /** First article number in the URLs of the publishers that number their articles. */
    static final int FIRST_NUMBER = 100_000;

    /** The end of a sentence: a full stop, an exclamation or an (Arabic) question mark, then space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u061F])\\s+");

    /** Demo sections by SaudiNewsNet section label or outlet; anything else is "local". */
    private static final Map<String, String> SECTIONS = Map.of(
            "Sports", "sports",
            "sp", "sports",
            "arreyadi", "sports",
            "arriyadiyah", "sports",
            "Economy", "economy",
            "ec", "economy",
            "aleqtisadiya", "economy",
            "Politics", "world",
            "golobal", "world",
            "pol", "arab");

    private static final String DEFAULT_SECTION = "local";

    private final PublisherPages renderer = new PublisherPages();
    private final List<String> outlets;

    /** Pages for articles of {@code corpus}'s outlets. */
    NewsroomPages(List<SnnArticle> corpus) {
        this.outlets = List.copyOf(
                new TreeSet<>(corpus.stream().map(SnnArticle::outlet).toList()));
    }

    /**
     * The captures of a batch, in its order; article {@code i} of the batch is numbered {@code
     * firstOrdinal + i} in its URL, so batches with different ordinals never share a URL.
     */
    List<Capture> captures(List<SnnArticle> batch, int firstOrdinal) {
        List<PublisherPages.Draft> drafts = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) drafts.add(draft(batch.get(i), FIRST_NUMBER + firstOrdinal + i));
        return renderer.render(drafts).stream().map(NewsroomPages::capture).toList();
    }

    private PublisherPages.Draft draft(SnnArticle a, int number) {
        List<String> publishers = renderer.publisherIds();
        String publisher = publishers.get(Math.max(0, outlets.indexOf(a.outlet())) % publishers.size());
        String section = a.section()
                .map(SECTIONS::get)
                .or(() -> Optional.ofNullable(SECTIONS.get(a.outlet())))
                .orElse(DEFAULT_SECTION);
        return new PublisherPages.Draft(
                "snn-" + a.id(),
                publisher,
                number,
                section,
                a.extracted().atOffset(RIYADH),
                a.title(),
                a.author().isEmpty() ? List.of() : List.of(a.author()),
                paragraphs(a.content()),
                List.of());
    }

    private static Capture capture(PublisherPages.RenderedPage p) {
        Instant published = p.lastModified();
        var page = new Page(
                p.url(),
                200,
                Map.of("Content-Type", List.of(p.contentType())),
                p.body(),
                published.plus(CAPTURE_DELAY));
        return new Capture(
                page,
                p.publisher(),
                Optional.of(p.publisherName()),
                new Hints(Optional.empty(), Optional.of(published)),
                Optional.empty());
    }

    /** The corpus's lines, long ones cut at sentence ends into paragraphs of at most {@link #MAX_PARAGRAPH_WORDS} words. */
    static List<String> paragraphs(String content) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : content.split("\n")) {
            StringBuilder current = new StringBuilder();
            int words = 0;
            for (String sentence : SENTENCE_END.split(line.strip())) {
                if (sentence.isBlank()) continue;
                int n = sentence.split("\\s+").length;
                if (words > 0 && words + n > MAX_PARAGRAPH_WORDS) {
                    paragraphs.add(current.toString().strip());
                    current.setLength(0);
                    words = 0;
                }
                if (words > 0) current.append(' ');
                current.append(sentence);
                words += n;
            }
            if (!current.toString().isBlank()) paragraphs.add(current.toString().strip());
        }
        return paragraphs;
    }
}
