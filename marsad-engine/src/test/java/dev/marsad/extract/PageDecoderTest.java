package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.crawl.Page;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed UTF-8 text is the lenient text wherever it reads, and fails where it would differ. */
class PageDecoderTest {

    private static final URI URL = URI.create("https://decoder.example/news/1");
    private static final String PAGE = "<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body>"
            + "<p>قالت الوزارة في بيان، اليوم الأحد، إن الطريق الجديد سيفتح أمام السيارات الشهر المقبل.</p>"
            + "<p>وأضاف البيان أن أعمال الإنشاء استغرقت عامين، وأن كلفتها بلغت نحو مئتي مليون دينار.</p>"
            + "</body></html>";

    private final PageDecoder decoder = new PageDecoder();

    private PageDecoder.Text decode(byte[] bytes) {
        return (PageDecoder.Text) decoder.decode(Page.of(URL, bytes, "text/html"));
    }

    private static String readAll(Reader in) throws IOException {
        StringWriter out = new StringWriter();
        in.transferTo(out);
        return out.toString();
    }

    @Test
    void streamsUtf8PagesWithoutDecodingThemWhole() throws IOException {
        PageDecoder.Text text = decode(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(text.decoded()).isEmpty();
        assertThat(readAll(text.strictReader().orElseThrow())).isEqualTo(PAGE).isEqualTo(text.html());
    }

    @Test
    void dropsTheUtf8ByteOrderMarkFromTheStreamAsFromTheText() throws IOException {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        PageDecoder.Text text = decode(withBom);
        assertThat(readAll(text.strictReader().orElseThrow())).isEqualTo(PAGE).isEqualTo(text.html());
    }

    @Test
    void failsTheStreamAtAMalformedByteWhileTheTextHasAReplacementCharacter() {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(page, page.length);
        broken[page.length - 20] = (byte) 0xC3; // a lead byte followed by ASCII
        PageDecoder.Text text = decode(broken);
        assertThat(text.html()).contains("\uFFFD");
        assertThatThrownBy(() -> readAll(text.strictReader().orElseThrow())).isInstanceOf(IOException.class);
    }

    @Test
    void extractsTheSameArticleWhenABrokenByteForcesTheLenientText() {
        byte[] broken = PAGE.replace("</p></body>", "</p>#</body>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < broken.length; i++) if (broken[i] == '#') broken[i] = (byte) 0xFF; // not UTF-8
        var outcome = new ArticleExtractor().extract(Page.of(URL, broken, "text/html"));
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
        assertThat(((ExtractionOutcome.Extracted) outcome).article().plainText())
                .contains("قالت الوزارة في بيان");
    }

    @Test
    void streamReadsExactlyTheLenientTextOrFailsOnRandomlyDamagedPages() throws IOException {
        Random random = new Random(20261124);
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = Arrays.copyOf(page, page.length);
            for (int k = random.nextInt(4); k > 0; k--)
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            if (!(decoder.decode(Page.of(URL, bytes, "text/html")) instanceof PageDecoder.Text text)) continue;
            if (text.strictReader().isEmpty()) continue;
            String streamed;
            try {
                streamed = readAll(text.strictReader().get());
            } catch (IOException e) {
                continue; // a malformed byte: the extractor reads the lenient text instead
            }
            assertThat(streamed).as("round %d", round).isEqualTo(text.html());
        }
    }
}
