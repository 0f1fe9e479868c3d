package dev.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marsad's own labelled copy pairs (resources {@code copies/own-pairs-*.jsonl}): Arabic news-style
 * pairs written for this evaluation — agency copies, trimmed copies, rewrites, templated cables, a
 * statement quoted in a feature, pages with a second item under them — each labelled copy or not
 * by the arabic-stories near-duplicate rules. The unseen half was written first and is only ever
 * scored, never listed; the development half may be read while tuning.
 */
final class OwnCopyPairs {

    /** The two halves. */
    enum Half {
        DEVELOPMENT("copies/own-pairs-development.jsonl"),
        UNSEEN("copies/own-pairs-unseen.jsonl");

        final String resource;

        Half(String resource) {
            this.resource = resource;
        }
    }

    /** One labelled pair, analysed. */
    record LabelledPair(String id, String kind, boolean copy, AnalyzedArticle a, AnalyzedArticle b) {}

    private OwnCopyPairs() {}

    /** The pairs of one half, analysed. */
    static List<LabelledPair> read(Half half) {
        var mapper = new ObjectMapper();
        var analyzer = new ArticleAnalyzer();
        var pairs = new ArrayList<LabelledPair>();
        try (InputStream in = OwnCopyPairs.class.getClassLoader().getResourceAsStream(half.resource)) {
            if (in == null) throw new IllegalStateException("resource " + half.resource + " is missing");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                JsonNode node = mapper.readTree(line);
                String id = node.get("id").asText();
                pairs.add(new LabelledPair(
                        id,
                        node.get("kind").asText(),
                        node.get("copy").asBoolean(),
                        analyzer.analyze(article(id + "/a", node.get("a"))),
                        analyzer.analyze(article(id + "/b", node.get("b")))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + half.resource, e);
        }
        return pairs;
    }

    private static Article article(String path, JsonNode node) {
        var body = new ArrayList<Block>();
        node.get("text").forEach(p -> body.add(new Block.Paragraph(p.asText())));
        return Article.ofText(
                URI.create("https://own-pairs.example/" + path),
                node.get("title").asText(),
                Optional.of(Instant.parse(node.get("date").asText())),
                Optional.empty(),
                body);
    }
}
