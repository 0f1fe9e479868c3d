package dev.marsad.bench;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Synthetic indexed articles for the web benchmark: Arabic sentences drawn from a fixed word list
 * (web-bench-words.txt), several publishers, stories of {@value #STORY_SIZE} articles, one copy in
 * {@value #COPY_EVERY}. The same seed gives the same newsroom.
 */
final class SyntheticNewsroom {

    /** Articles per story. */
    static final int STORY_SIZE = 5;

    /** Every n-th article is a copy of the one before it. */
    static final int COPY_EVERY = 10;

    /** Paragraphs per article and words per paragraph: a short news item. */
    static final int PARAGRAPHS = 5;

    static final int WORDS_PER_PARAGRAPH = 40;

    /** Publishers and tags the articles are spread over. */
    static final int PUBLISHERS = 6;

    static final int TAGS = 30;

    private final List<String> words;
    private final Random random;

    SyntheticNewsroom(long seed) {
        this.words = readWords();
        this.random = new Random(seed);
    }

    /** Puts {@code count} articles and their stories into the index, commits, returns the articles. */
    List<IndexedArticle> fill(ArticleIndex index, int count) {
        List<IndexedArticle> articles = new ArrayList<>();
        Instant start = Instant.parse("2023-09-01T06:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant published = start.plus(Duration.ofMinutes(37L * i));
            Optional<String> copyOf = i % COPY_EVERY == COPY_EVERY - 1 ? Optional.of(id(i - 1)) : Optional.empty();
            IndexedArticle article = article(i, published, copyOf, copyOf.map(c -> articles.getLast()));
            articles.add(article);
            index.put(article);
        }
        for (int s = 0; s * STORY_SIZE < count; s++) {
            List<IndexedArticle> members = articles.subList(s * STORY_SIZE, Math.min(count, (s + 1) * STORY_SIZE));
            index.put(story(members));
        }
        index.commit();
        return articles;
    }

    /** A word of the list, for search queries. */
    String word() {
        return words.get(random.nextInt(words.size()));
    }

    private IndexedArticle article(
            int i, Instant published, Optional<String> copyOf, Optional<IndexedArticle> original) {
        URI url = URI.create("https://site" + (i % PUBLISHERS) + ".bench.example/news/" + i);
        List<Block> body = original.map(o -> o.analyzed().article().body())
                .orElseGet(() -> IntStream.range(0, PARAGRAPHS)
                        .<Block>mapToObj(p -> new Block.Paragraph(sentence(WORDS_PER_PARAGRAPH)))
                        .toList());
        Article a =
                Article.ofText(url, sentence(8), Optional.of(published), Optional.of("site" + (i % PUBLISHERS)), body);
        List<Tag> tags = IntStream.of(i % TAGS, (i * 7 + 3) % TAGS)
                .distinct()
                .mapToObj(t -> new Tag(words.get(t), "tag" + t, List.of(words.get(t))))
                .toList();
        Section section = Section.values()[i % Section.values().length];
        AnalyzedArticle analyzed = new AnalyzedArticle(a, tags, List.of(), List.of(), List.of(), section, List.of());
        return new IndexedArticle(id(i), analyzed, copyOf, storyId(i), List.of("band-" + i), published);
    }

    private static Story story(List<IndexedArticle> members) {
        IndexedArticle first = members.getFirst();
        return new Story(
                first.storyId(),
                first.analyzed().article().title(),
                members.stream().map(IndexedArticle::id).toList(),
                members.stream()
                        .map(m -> m.analyzed().article().siteName().orElseThrow())
                        .distinct()
                        .toList(),
                first.indexedAt(),
                members.getLast().indexedAt(),
                members.stream()
                        .flatMap(m -> m.analyzed().tags().stream())
                        .map(Tag::key)
                        .distinct()
                        .toList(),
                List.of());
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "bench-%06d", i);
    }

    private static String storyId(int i) {
        return "story-" + (i / STORY_SIZE);
    }

    private String sentence(int length) {
        return IntStream.range(0, length).mapToObj(w -> word()).collect(Collectors.joining(" "));
    }

    private static List<String> readWords() {
        try (InputStream in = SyntheticNewsroom.class.getResourceAsStream("web-bench-words.txt")) {
            if (in == null) throw new IllegalStateException("missing resource dev/marsad/bench/web-bench-words.txt");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web-bench-words.txt", e);
        }
    }
}
