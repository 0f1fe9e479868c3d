package dev.marsad.analyze;

import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The analyze test fixtures and shared, loaded-once components. */
final class Fixtures {

    static final Lexicon LEXICON = Lexicon.load();
    static final Gazetteer GAZETTEER = Gazetteer.load(LEXICON.stopWords(), LEXICON.genericHeads());
    static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private Fixtures() {}

    /** The text of {@code src/test/resources/analyze/<name>}. */
    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/analyze/" + name)) {
            if (in == null) throw new IllegalStateException("fixture missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article from a fixture whose first line is the title and the other lines paragraphs. */
    static Article article(String name, Optional<String> section, List<String> tags) {
        List<String> lines = text(name).lines().filter(l -> !l.isBlank()).toList();
        return article(lines.getFirst(), lines.subList(1, lines.size()), section, tags);
    }

    static Article article(String title, List<String> paragraphs, Optional<String> section, List<String> tags) {
        return new Article(
                URI.create("https://example.org/a"),
                URI.create("https://example.org/a"),
                title,
                Optional.empty(),
                Optional.of(Instant.parse("2023-09-20T08:00:00Z")),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                section,
                Optional.empty(),
                "ar",
                paragraphs.stream().map(p -> (Block) new Block.Paragraph(p)).toList(),
                Optional.empty(),
                tags,
                List.of(),
                List.of(),
                List.of());
    }
}
