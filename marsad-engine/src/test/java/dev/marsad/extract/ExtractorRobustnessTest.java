package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomized robustness: mutated fixture pages (cut, spliced, bytes flipped, tags and mixed
 * Arabic/Latin text inserted, charsets mislabelled) must never make the extractor throw or return
 * null, and an extracted article keeps its invariants.
 */
class ExtractorRobustnessTest {

    private static final long SEED = 20230920L;
    private static final int ROUNDS = 400;

    private static final String[] INSERTS = {
        "<div>",
        "</div>",
        "<p>",
        "</table>",
        "<script>",
        "<!--",
        "<a href=\"",
        "<blockquote class=\"twitter-tweet\">",
        "اقرأ أيضاً",
        "كلمات دلالية:",
        "المصدر:",
        "— Name (@h) March 3, 2024",
        "\u0000",
        "\uFFFD",
        "&#x0;",
        "<meta charset=\"windows-1256\">",
        "<h1>",
        "سلام عليكم، hello؛ world؟",
        "\"}]}",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
    };

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void mutatedPagesNeverThrowAndKeepInvariants() {
        Random random = new Random(SEED);
        List<ExtractionFixture> fixtures = ExtractionFixture.all();
        for (int round = 0; round < ROUNDS; round++) {
            ExtractionFixture base = fixtures.get(random.nextInt(fixtures.size()));
            byte[] bytes = mutate(base.page().body(), random);
            String contentType = random.nextBoolean()
                    ? "text/html"
                    : "text/html; charset=" + (random.nextBoolean() ? "utf-8" : "windows-1256");
            Page page = Page.of(URI.create("https://fuzz.example/" + round), bytes, contentType);
            ExtractionOutcome outcome = extractor.extract(page);
            String label = "round " + round + " (seed " + SEED + ") from " + base.slug();
            assertThat(outcome).as(label).isNotNull();
            if (outcome instanceof ExtractionOutcome.Rejected r)
                assertThat(r.reason())
                        .as(label + " " + r.detail())
                        .isNotEqualTo(ExtractionOutcome.RejectReason.EXTRACTOR_FAILURE);
            if (outcome instanceof ExtractionOutcome.Extracted e) {
                assertThat(e.article().title()).as(label).isNotBlank();
                assertThat(e.article().plainText().length())
                        .as(label)
                        .isGreaterThanOrEqualTo(PageClassifier.MIN_BODY_CHARS);
            }
        }
    }

    @Test
    void randomBytesAndTextNeverThrow() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes;
            if (random.nextBoolean()) {
                bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
            } else {
                StringBuilder sb = new StringBuilder("<html><body>");
                for (int i = 0; i < random.nextInt(200); i++)
                    sb.append(INSERTS[random.nextInt(INSERTS.length)]).append(randomWord(random));
                bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            ExtractionOutcome outcome =
                    extractor.extract(Page.of(URI.create("https://fuzz.example/r" + round), bytes, "text/html"));
            assertThat(outcome).isNotNull();
            if (outcome instanceof ExtractionOutcome.Rejected r)
                assertThat(r.reason())
                        .as("round %d", round)
                        .isNotEqualTo(ExtractionOutcome.RejectReason.EXTRACTOR_FAILURE);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(12);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(200)));
                case 2 -> sb.setLength(at);
                case 3 -> {
                    int from = random.nextInt(sb.length());
                    sb.insert(at, sb.substring(from, Math.min(sb.length(), from + 300)));
                }
                default -> sb.setCharAt(at, (char) random.nextInt(0x0700));
            }
        }
        byte[] bytes = sb.toString()
                .getBytes(
                        random.nextInt(4) == 0
                                ? java.nio.charset.Charset.forName("windows-1256")
                                : StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0 && bytes.length > 0)
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
    }

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            int kind = random.nextInt(3);
            sb.append(
                    kind == 0
                            ? (char) ('\u0621' + random.nextInt(42))
                            : kind == 1 ? (char) ('a' + random.nextInt(26)) : ' ');
        }
        return sb.toString();
    }
}
