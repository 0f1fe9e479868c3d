package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.TestArticles;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A generated news flow for link tests: several events, each reported by an original, republished
 * as exact and cut copies (one naming its source, one published before the report it copies but
 * arriving after it), rewritten by other sites in other words, re-ingested with a new headline, and
 * followed up outside the story window; in a fixed, shuffled arrival order. Words are made up from
 * Arabic letters with a seeded generator, so the flow is the same in every run.
 */
final class SyntheticNews {

    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final Instant START = Instant.parse("2024-03-01T06:00:00Z");
    private static final int EVENTS = 6;
    private static final int PARAGRAPHS = 4;
    private static final int SENTENCE_WORDS = 14;

    private final Random random;
    private final List<String> common;

    private SyntheticNews(long seed) {
        this.random = new Random(seed);
        this.common = words(300, 4, 7);
    }

    /** The articles in arrival order. */
    static List<AnalyzedArticle> articles(long seed) {
        return new SyntheticNews(seed).generate();
    }

    private List<AnalyzedArticle> generate() {
        var all = new ArrayList<AnalyzedArticle>();
        for (int e = 0; e < EVENTS; e++) all.addAll(event(e));
        Collections.shuffle(all, random);
        return all;
    }

    /** The articles about one event (eight or nine of them). */
    private List<AnalyzedArticle> event(int e) {
        List<String> topic = words(12, 5, 8);
        Instant day = START.plus(Duration.ofHours(30L * e));
        var entities = List.of(
                new Entity("per:e" + e, topic.get(0), Entity.Type.PER, List.of(topic.get(0)), 2),
                new Entity("loc:e" + e, topic.get(1), Entity.Type.LOC, List.of(topic.get(1)), 1));
        var tags = List.of(new Tag(topic.get(2), "tag-e" + e, List.of(topic.get(2))));
        List<String> report = paragraphs(topic, PARAGRAPHS);
        String title = sentence(topic, 6);
        var articles = new ArrayList<AnalyzedArticle>();
        String base = "https://e" + e + ".example/";
        articles.add(article(base + "report", title, "الأصل", Optional.empty(), day, report, entities, tags));
        articles.add(article(
                base + "copy",
                sentence(topic, 6),
                "الناقل",
                Optional.empty(),
                day.plusSeconds(3600),
                report,
                entities,
                tags));
        articles.add(article(
                base + "named", title, "المرآة", Optional.of("الأصل"), day.minusSeconds(600), report, entities, tags));
        articles.add(article(
                base + "early", title, "السابق", Optional.empty(), day.minusSeconds(7200), report, entities, tags));
        articles.add(article(
                base + "cut",
                sentence(topic, 5),
                "المختصر",
                Optional.empty(),
                day.plusSeconds(5400),
                report.subList(0, PARAGRAPHS - 1),
                entities,
                tags));
        for (int r = 0; r < 2; r++)
            articles.add(article(
                    base + "rewrite" + r,
                    sentence(topic, 6),
                    "الكاتب" + r,
                    Optional.empty(),
                    day.plusSeconds(3600L * (r + 2)),
                    paragraphs(topic, PARAGRAPHS),
                    r == 0 ? entities : entities.subList(0, 1),
                    r == 0 ? tags : List.of()));
        articles.add(
                article(base + "report", sentence(topic, 6), "الأصل", Optional.empty(), day, report, entities, tags));
        articles.add(article(
                base + "later",
                sentence(topic, 6),
                "الأصل",
                Optional.empty(),
                day.plus(Duration.ofDays(9)),
                paragraphs(topic, PARAGRAPHS),
                entities,
                tags));
        return articles;
    }

    private List<String> paragraphs(List<String> topic, int n) {
        var paragraphs = new ArrayList<String>();
        for (int i = 0; i < n; i++)
            paragraphs.add(sentence(topic, SENTENCE_WORDS) + " " + sentence(topic, SENTENCE_WORDS));
        return paragraphs;
    }

    /** Words drawn from the topic (about two in five) and the common vocabulary. */
    private String sentence(List<String> topic, int length) {
        var words = new ArrayList<String>();
        for (int i = 0; i < length; i++)
            words.add(
                    random.nextInt(5) < 2
                            ? topic.get(random.nextInt(topic.size()))
                            : common.get(random.nextInt(common.size())));
        return String.join(" ", words) + ".";
    }

    private List<String> words(int n, int minLength, int maxLength) {
        var words = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            var word = new StringBuilder();
            for (int j = 0; j < length; j++) word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            words.add(word.toString());
        }
        return words;
    }

    private static AnalyzedArticle article(
            String url,
            String title,
            String site,
            Optional<String> source,
            Instant published,
            List<String> paragraphs,
            List<Entity> entities,
            List<Tag> tags) {
        return TestArticles.analyzed(URI.create(url), title, published, site, source, paragraphs, tags, entities);
    }
}
