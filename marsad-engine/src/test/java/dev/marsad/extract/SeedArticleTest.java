package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marsad.crawl.Page;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed page (shared/seed, never copied into the project) in UTF-8 and in windows-1256: every
 * extract-level field its README asks for. Skips when the folder is absent.
 */
class SeedArticleTest {

    private static final URI URL = URI.create("https://aggregator.example/news/karabakh-ceasefire");

    /** The seed folder: -Dmarsad.seed, else shared/seed in the nearest ancestor that has one. */
    static Optional<Path> seedDir() {
        String property = System.getProperty("marsad.seed");
        if (property != null) return Optional.of(Path.of(property)).filter(Files::isDirectory);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/seed");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-article.html", "seed-article.cp1256.html"})
    void readsEveryFieldOfTheSeedPage(String file) throws IOException {
        Optional<Path> dir = seedDir();
        assumeTrue(dir.isPresent() && Files.isRegularFile(dir.get().resolve(file)), "shared/seed not found");
        byte[] bytes = Files.readAllBytes(dir.get().resolve(file));

        ExtractionOutcome outcome = new ArticleExtractor().extract(Page.of(URL, bytes, "text/html"));

        assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
        Article a = ((ExtractionOutcome.Extracted) outcome).article();
        assertThat(a.title()).isEqualTo("تقارير: وقف إطلاق النار في كاراباخ.. وأذربيجان تجري مفاوضات غدا");
        assertThat(a.published()).contains(Instant.parse("2023-09-20T00:00:00Z"));
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.body()).hasSize(5).allMatch(b -> b instanceof Block.Paragraph);
        assertThat(a.paragraphs().get(0)).startsWith("كشفت تقارير صحفية روسية «إنترفاكس»");
        assertThat(a.paragraphs().get(1)).startsWith("وقالت التقارير الروسية");
        assertThat(a.paragraphs().get(2)).startsWith("وأضافت التقارير الصحفية");
        assertThat(a.paragraphs().get(3)).startsWith("يذكر أن الرئاسية الأذرية");
        assertThat(a.paragraphs().get(4))
                .startsWith("وصرحت وزارة الدفاع الأذرية")
                .endsWith("و1049 طفل.");
        assertThat(a.plainText())
                .doesNotContain(
                        "اقرأ أيضا",
                        "المصدر",
                        "كلمات دلالية",
                        "تاريخ النشر",
                        "gadaennab",
                        "أوكرانيا",
                        "الأكثر قراءة",
                        "جميع الحقوق");
        assertThat(a.source()).contains("الأسبوع");

        assertThat(a.embeds()).hasSize(1);
        Embed tweet = a.embeds().getFirst();
        assertThat(tweet.platform()).isEqualTo(Embed.Platform.X);
        assertThat(tweet.handle()).contains("gadaennab");
        assertThat(tweet.author()).contains("Dr.Gada Ennab");
        assertThat(tweet.date()).contains(java.time.LocalDate.of(2023, 9, 20));
        assertThat(tweet.text()).contains("التوقيع على وقف اطلاق النار").contains("pic.twitter.com/VA99wpllRY");
        assertThat(tweet.url()).contains(URI.create("https://twitter.com/gadaennab/status/1704474000000000000"));

        assertThat(a.relatedLinks())
                .extracting(RelatedLink::title)
                .containsExactly(
                        "الاتحاد الأوروبي يُدين التصعيد العسكري في إقليم كاراباخ بين أذربيجان وأرمينيا",
                        "الرئيس الأذربيجاني يعرض شروطه لإنهاء الصراع مع أرمينيا",
                        "هل تلقى «أذربيجان وأرمينيا» نفس مصير حرب روسيا وأوكرانيا؟");
        assertThat(a.relatedLinks().getFirst().url()).contains(URI.create("https://aggregator.example/news/1001"));

        assertThat(a.tags())
                .containsExactly(
                        "قوات حفظ السلام",
                        "أرمينيا",
                        "أذربيجان",
                        "قوات حفظ السلام الروسية",
                        "اذربيجان",
                        "ارمينيا",
                        "كاراباخ",
                        "إقليم كاراباخ",
                        "القوات الاذرية",
                        "القوات الارمينية",
                        "القوات الاذربيجانية");

        assertThat(a.teasers())
                .extracting(Teaser::title)
                .containsExactly(
                        "انطلاق مفاوضات وقف الحرب الأوكرانية في الرياض",
                        "محادثات الرياض.. أوكرانيا تأمل التوصل لـ\"وقف جزئي\" لإطلاق النار");
        assertThat(a.teasers().get(0).text()).startsWith("اجتمع ممثلون عن كييف وواشنطن");
        assertThat(a.teasers().get(1).source()).contains("موقع 24");
        assertThat(List.of(a.plainText())).noneMatch(t -> t.contains("رستم عمروف"));
    }
}
