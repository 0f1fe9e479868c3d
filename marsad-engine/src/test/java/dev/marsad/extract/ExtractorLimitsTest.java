package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.Extracted;
import dev.marsad.extract.ExtractionOutcome.RejectReason;
import dev.marsad.extract.ExtractionOutcome.Rejected;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Bad input (issue 4, "Bad input"): each gives a Rejected outcome or a best-effort article. */
class ExtractorLimitsTest {

    private static final URI URL = URI.create("https://limits.example/page");
    private static final String PARAGRAPH =
            "<p>أعلنت البلدية عن خطة جديدة لتحسين النقل العام في المدينة، تشمل خطوط حافلات إضافية ومواقف جديدة قرب المدارس والأسواق.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractionOutcome extract(byte[] bytes) {
        return extractor.extract(Page.of(URL, bytes, "text/html"));
    }

    @Test
    void rejectsEmptyBytesAsNotHtml() {
        assertThat(extract(new byte[0]))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.NOT_HTML));
    }

    @Test
    void rejectsBinaryBytesAsNotHtml() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(extract(png))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.NOT_HTML));
    }

    @Test
    void rejectsNonHtmlMediaType() {
        var page = Page.of(URL, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(extractor.extract(page))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.NOT_HTML));
    }

    @Test
    void rejectsHttpErrors() {
        var page = new Page(
                URL,
                404,
                Map.of("Content-Type", List.of("text/html")),
                ("<html><body>" + PARAGRAPH.repeat(3)).getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
        assertThat(extractor.extract(page))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.HTTP_ERROR));
    }

    @Test
    void readsTheStartOfAFiftyMegabytePage() {
        StringBuilder sb = new StringBuilder("<html><head><title>خطة النقل العام</title></head><body><article>");
        sb.append(PARAGRAPH.repeat(3)).append("</article><div>");
        String filler = "<span>x</span>";
        while (sb.length() < 50 * 1024 * 1024) sb.append(filler);
        ExtractionOutcome outcome = extract(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).isInstanceOfSatisfying(Extracted.class, e -> {
            assertThat(e.article().plainText()).contains("خطة جديدة لتحسين النقل العام");
            assertThat(e.warnings()).anyMatch(w -> w.contains("read the first"));
        });
    }

    @Test
    void survivesADomNestedAHundredThousandDeep() {
        String html = "<html><body><div>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(3) + "</div>".repeat(100_000)
                + "</div></body></html>";
        ExtractionOutcome outcome = extract(html.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extracted.class,
                        e -> assertThat(e.article().plainText()).contains("خطوط حافلات إضافية"));
    }

    @Test
    void inflatesAGzipBombOnlyUpToTheCap() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(("<html><head><title>قنبلة</title></head><body>" + PARAGRAPH.repeat(3))
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) gz.write(spaces);
        }
        ExtractionOutcome outcome = extract(compressed.toByteArray());
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extracted.class,
                        e -> assertThat(e.warnings()).anyMatch(w -> w.contains("gzip body inflates past")));
    }

    @Test
    void readsBrokenMarkup() {
        String html =
                "<html><body><div><p>" + PARAGRAPH + "<p><b><i>" + PARAGRAPH + "</div></b></table><p>" + PARAGRAPH;
        ExtractionOutcome outcome = extract(html.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Extracted.class,
                        e -> assertThat(e.article().plainText()).contains("خطوط حافلات إضافية"));
    }

    @Test
    void readsAPageLabelledUtf8ThatIsWindows1256() {
        String html = "<html><head><meta charset=\"utf-8\"><title>النقل العام</title></head><body><article>"
                + PARAGRAPH.repeat(2) + "</article></body></html>";
        var page = Page.of(
                URL, html.getBytes(java.nio.charset.Charset.forName("windows-1256")), "text/html; charset=utf-8");
        assertThat(extractor.extract(page)).isInstanceOfSatisfying(Extracted.class, e -> {
            assertThat(e.article().plainText())
                    .contains("مواقف جديدة قرب المدارس")
                    .doesNotContain("\uFFFD");
            assertThat(e.warnings()).anyMatch(w -> w.contains("labelled UTF-8"));
        });
    }
}
