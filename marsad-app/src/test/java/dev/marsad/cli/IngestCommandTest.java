package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad ingest} and {@code marsad search} through {@link Main#run}, on files and a real local server. */
class IngestCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static String page(String title, String date, String... paragraphs) {
        var body = new StringBuilder();
        for (String p : paragraphs) body.append("<p>").append(p).append("</p>\n");
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + title
                + " | صحيفة الاختبار</title><meta property=\"article:published_time\" content=\"" + date
                + "\"></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/politics\">سياسة</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void ingestsAFolderOfPagesAndFindsThemBySearch() throws IOException {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(
                pages.resolve("dam.html"),
                page(
                        "انهيار سد في وادي الرمال يغمر قرى عدة",
                        "2024-10-14T08:00:00Z",
                        "انهار سد ترابي قديم في وادي الرمال فجر اليوم بعد أمطار غزيرة استمرت يومين، وغمرت المياه ثلاث قرى مجاورة.",
                        "وقالت فرق الدفاع المدني إنها أجلت نحو 600 شخص إلى مدارس المدينة، فيما تواصل البحث عن مفقودين.",
                        "وطالب سكان المنطقة منذ سنوات بصيانة السد الذي بني قبل أكثر من خمسين عاما."),
                StandardCharsets.UTF_8);
        Files.writeString(
                pages.resolve("rates.html"),
                page(
                        "المصرف المركزي يبقي سعر الفائدة دون تغيير",
                        "2024-10-15T09:00:00Z",
                        "أبقى المصرف المركزي سعر الفائدة الرئيسي عند مستواه الحالي في اجتماعه الشهري، مشيرا إلى تراجع التضخم ببطء.",
                        "وقال المحافظ إن المصرف سيراقب أسعار الغذاء والطاقة قبل أي قرار جديد خلال الأشهر المقبلة."),
                StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");

        assertThat(run("ingest", pages.toString(), "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("2 articles stored");
        out.getBuffer().setLength(0);
        assertThat(run("search", "السد", "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("انهيار سد في وادي الرمال").doesNotContain("سعر الفائدة");
    }

    @Test
    void ingestsAUrlThroughTheCrawlerAndKeepsItsWarcCapture() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] html = page(
                        "افتتاح معرض الكتاب في دورته العشرين",
                        "2024-09-26T10:00:00Z",
                        "افتتح معرض الكتاب دورته العشرين بمشاركة أكثر من ألف دار نشر من ثلاثين دولة، وسط إقبال كبير من الزوار.",
                        "ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية وورش للأطفال.")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        try {
            Path data = tmp.resolve("data");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/culture/book-fair";
            assertThat(run("ingest", url, "--allow-address", "127.0.0.1", "--data", data.toString()))
                    .as(err.toString())
                    .isZero();
            assertThat(out.toString()).contains("1 articles stored");
            try (Stream<Path> warc = Files.list(data.resolve("warc"))) {
                assertThat(warc.toList()).isNotEmpty();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void namesAMissingPathInOneLine() {
        assertThat(run(
                        "ingest",
                        tmp.resolve("nowhere").toString(),
                        "--data",
                        tmp.resolve("data").toString()))
                .isNotZero();
        assertThat(err.toString().strip())
                .startsWith("marsad ingest:")
                .contains("nowhere")
                .doesNotContain("\tat ");
    }
}
