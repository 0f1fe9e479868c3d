package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    private static TitleCleaner.Context context(String site, String host, String... headlines) {
        return new TitleCleaner.Context(Optional.ofNullable(site), host, List.of(headlines));
    }

    @Test
    void removesTheSiteNameSuffix() {
        assertThat(TitleCleaner.stripSuffix("ارتفاع أسعار القمح | بوابة الأخبار", context("بوابة الأخبار", "")))
                .isEqualTo("ارتفاع أسعار القمح");
    }

    @Test
    void removesALegacySiteNamePrefixWithDoubleColonOrDash() {
        assertThat(TitleCleaner.stripSuffix("جريدة الوادي :: وصول قافلة مساعدات", context("جريدة الوادي", "")))
                .isEqualTo("وصول قافلة مساعدات");
        assertThat(TitleCleaner.stripSuffix("جريدة الوادي - وصول قافلة مساعدات", context("الوادي", "")))
                .isEqualTo("وصول قافلة مساعدات");
    }

    /** Issue 15, part 8: "صدى الأرز :: …" on a legacy page that states its name only in its logo. */
    @Test
    void removesAPrefixThePageShowsAsItsLogoOrAMenuLink() {
        var context = new TitleCleaner.Context(
                Optional.empty(), "127.0.0.1", List.of(), () -> List.of("صدى الأرز", "الرئيسية", "ملاعب"));
        assertThat(TitleCleaner.stripSuffix("صدى الأرز :: حريق في غابات الشوف يلتهم عشرات الهكتارات", context))
                .isEqualTo("حريق في غابات الشوف يلتهم عشرات الهكتارات");
        assertThat(TitleCleaner.stripSuffix("صدى الأرز :: ملاعب :: فوز الفريق في مباراة الافتتاح أمس", context))
                .isEqualTo("فوز الفريق في مباراة الافتتاح أمس");
    }

    @Test
    void keepsAPartThatIsTheLongestEvenWhenThePageLinksIt() {
        String title = "الحكومة تقر الموازنة :: تفاصيل";
        var context =
                new TitleCleaner.Context(Optional.of("الوادي"), "", List.of(), () -> List.of("الحكومة تقر الموازنة"));
        assertThat(TitleCleaner.stripSuffix(title, context)).isEqualTo(title);
    }

    @Test
    void removesAPartThatOpensWithAPublisherWord() {
        assertThat(TitleCleaner.stripSuffix(
                        "ارتفاع أسعار الخبز في الأسواق الشعبية - جريدة المساء اليومية",
                        context("Al Masaa Daily", "almasaa.example")))
                .isEqualTo("ارتفاع أسعار الخبز في الأسواق الشعبية");
        assertThat(TitleCleaner.stripSuffix(
                        "موقع الوادي - وصول قافلة مساعدات إلى القرى", context("Al Wadi", "wadi.example")))
                .isEqualTo("وصول قافلة مساعدات إلى القرى");
    }

    @Test
    void removesASiteNameAfterABullet() {
        assertThat(TitleCleaner.stripSuffix("أسعار الخضار في السوق المركزي • الوادي", context("الوادي", "")))
                .isEqualTo("أسعار الخضار في السوق المركزي");
    }

    @Test
    void removesASuffixThatIsTheSitesWebAddress() {
        assertThat(TitleCleaner.stripSuffix(
                        "Samsung soll Smartphones zerstören - Golem.de", context("Golem", "www.golem.de")))
                .isEqualTo("Samsung soll Smartphones zerstören");
        assertThat(TitleCleaner.stripSuffix("Iran lehnt Gespräche ab - rp.pl", context(null, "www.rp.pl")))
                .isEqualTo("Iran lehnt Gespräche ab");
    }

    @Test
    void keepsAShortLastPartThatAnotherHeadlineOfThePageAlsoHas() {
        String title = "الانتخابات البلدية: نتائج أولية متقاربة – والفرز مستمر";
        assertThat(TitleCleaner.stripSuffix(title, context(null, "", "نتائج متقاربة – والفرز مستمر")))
                .isEqualTo(title);
    }

    @Test
    void keepsAShortLastPartThatDoesNotNameAKnownSite() {
        String title = "Protesters throw stones as three officers are injured - updates";
        assertThat(TitleCleaner.stripSuffix(title, context("The Daily Example", "daily.example")))
                .isEqualTo(title);
    }

    @Test
    void takesAShortPartAfterABarForTheSiteEvenWhenTheSiteNameDiffers() {
        assertThat(TitleCleaner.stripSuffix(
                        "ارتفاع أسعار القمح في الأسواق | الوادي نت",
                        context("شبكة الوادي الإخبارية", "", "ارتفاع أسعار القمح في الأسواق | الوادي نت")))
                .isEqualTo("ارتفاع أسعار القمح في الأسواق");
    }

    @Test
    void takesAShortLastPartForTheSiteWhenThePageNamesNoSite() {
        assertThat(TitleCleaner.stripSuffix("وصول قافلة مساعدات إلى القرى الجبلية - الوادي", context(null, "")))
                .isEqualTo("وصول قافلة مساعدات إلى القرى الجبلية");
    }

    @Test
    void neverThrowsAndNeverReturnsLongerThanTheTitleOnRandomText() {
        Random random = new Random(7L);
        String alphabet = "ابتثجحخدذرزسشص |:-–—/\\:؛ab.c";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(80);
            for (int k = 0; k < n; k++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String title = s.toString();
            String out = TitleCleaner.stripSuffix(title, context(random.nextBoolean() ? "اب" : null, "ab.c", "ثج"));
            assertThat(out.length()).isLessThanOrEqualTo(title.length());
        }
    }
}
