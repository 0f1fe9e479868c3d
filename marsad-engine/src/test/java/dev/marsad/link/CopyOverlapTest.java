package dev.marsad.link;

import static dev.marsad.link.CopyFixtures.FEATURE;
import static dev.marsad.link.CopyFixtures.LOCAL_LINE;
import static dev.marsad.link.CopyFixtures.MATCH_LINE;
import static dev.marsad.link.CopyFixtures.REWORDED;
import static dev.marsad.link.CopyFixtures.WEATHER_LINE;
import static dev.marsad.link.CopyFixtures.WIRE;
import static dev.marsad.link.CopyFixtures.concat;
import static dev.marsad.link.CopyFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.CopyRelations;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyOverlapTest {

    @Test
    void findsTheSameTextTheSame() {
        CopyOverlap overlap = CopyOverlap.of(text(WIRE), text(WIRE));
        assertThat(overlap.sharedOfA()).isEqualTo(1.0);
        assertThat(overlap.kindOfA()).isEqualTo(CopyRelations.Kind.SAME);
    }

    @Test
    void seesAnAgencyRewriteThroughCliticsTensesAndParticles() {
        CopyOverlap overlap = CopyOverlap.of(text(REWORDED), text(WIRE));
        assertThat(overlap.isNearDuplicate()).as("reworded wire: %s", overlap).isTrue();
    }

    @Test
    void callsACopyThatDroppedItsLastParagraphsShortened() {
        CopyOverlap overlap = CopyOverlap.of(text(WIRE.subList(0, 2)), text(WIRE));
        assertThat(overlap.isNearDuplicate())
                .as("first half of the wire: %s", overlap)
                .isTrue();
        assertThat(overlap.kindOfA()).isEqualTo(CopyRelations.Kind.SHORTENED);
        assertThat(CopyOverlap.of(text(WIRE), text(WIRE.subList(0, 2))).kindOfA())
                .isEqualTo(CopyRelations.Kind.EXTENDED);
    }

    @Test
    void callsACopyWithALineOfItsOwnExtended() {
        CopyOverlap overlap = CopyOverlap.of(text(concat(WIRE, List.of(LOCAL_LINE))), text(WIRE));
        assertThat(overlap.kindOfA()).as("%s", overlap).isEqualTo(CopyRelations.Kind.EXTENDED);
    }

    @Test
    void takesAShortItemInsideALongFeatureAsQuotedNotCopied() {
        CopyOverlap overlap = CopyOverlap.of(text(WIRE.subList(0, 2)), text(FEATURE));
        assertThat(overlap.sharedOfA()).as("the item is all in the feature").isGreaterThan(0.9);
        assertThat(overlap.isNearDuplicate()).as("%s", overlap).isFalse();
        assertThat(overlap.kindOfA()).isEqualTo(CopyRelations.Kind.PARTIAL);
    }

    @Test
    void doesNotTakeTwoPagesSharingOnlyAnItemUnderTheirArticlesAsCopies() {
        CopyText match = text(concat(
                List.of(
                        MATCH_LINE,
                        "وسجل مهاجم الأهلي هدف الفوز في الدقيقة الأخيرة من ركلة جزاء احتسبها الحكم بعد العودة إلى الفيديو."),
                WIRE.subList(0, 2)));
        CopyText weather = text(concat(
                List.of(
                        WEATHER_LINE,
                        "وتوقعت الهيئة أن تتحسن الأجواء تدريجيا مع نهاية الأسبوع وأن تعود درجات الحرارة إلى معدلاتها."),
                WIRE.subList(0, 2)));
        CopyOverlap overlap = CopyOverlap.of(match, weather);
        assertThat(overlap.sharedOfA())
                .as("the shared item is about half of each page")
                .isBetween(0.4, 0.6);
        assertThat(overlap.isNearDuplicate()).isFalse();
    }

    @Test
    void takesTwoPagesThatAreMostlyOneSharedItemAsCopies() {
        // the text cannot tell a one-line article over a long shared item from a copy with a new
        // first line; cutting the page's tail is the extractor's job (issue 12)
        CopyOverlap overlap =
                CopyOverlap.of(text(concat(List.of(MATCH_LINE), WIRE)), text(concat(List.of(WEATHER_LINE), WIRE)));
        assertThat(overlap.isNearDuplicate()).isTrue();
    }

    @Test
    void keepsTwoCablesOfOneTemplateApartByWhomTheyAreAbout() {
        CopyText malta = CopyText.of(CopyFixtures.article(
                "https://a.example/1",
                CopyFixtures.cableTitle("مالطا"),
                "أ",
                "2024-03-03T08:00:00Z",
                CopyFixtures.cable("مالطا"),
                "مالطا"));
        CopyText kenya = CopyText.of(CopyFixtures.article(
                "https://a.example/2",
                CopyFixtures.cableTitle("كينيا"),
                "أ",
                "2024-03-03T08:00:00Z",
                CopyFixtures.cable("كينيا"),
                "كينيا"));
        CopyOverlap overlap = CopyOverlap.of(malta, kenya);
        assertThat(overlap.sharedOfA()).as("the wording is the template's").isGreaterThan(0.75);
        assertThat(overlap.sameSubject()).isFalse();
        assertThat(overlap.isNearDuplicate()).isFalse();
    }

    @Test
    void stillFoldsACopyOfOneCableUnderAnotherHeadline() {
        CopyText malta = CopyText.of(CopyFixtures.article(
                "https://a.example/1",
                CopyFixtures.cableTitle("مالطا"),
                "أ",
                "2024-03-03T08:00:00Z",
                CopyFixtures.cable("مالطا"),
                "مالطا"));
        CopyText copy = CopyText.of(CopyFixtures.article(
                "https://b.example/1",
                "تهنئة لمالطا في عيدها الوطني",
                "ب",
                "2024-03-03T09:00:00Z",
                CopyFixtures.cable("مالطا"),
                "مالطا"));
        assertThat(CopyOverlap.of(copy, malta).isNearDuplicate()).isTrue();
    }

    @Test
    void foldsACopyThatSpellsTheNameInItsHeadlineAnotherWay() {
        // the demo's copy of the Bard launch writes جوجل where the original writes غوغل
        List<String> original = List.of("أعلنت شركة غوغل اليوم إتاحة خدمتها الجديدة للترجمة الفورية باللغة العربية"
                + " في أكثر من عشرين دولة، على أن تصل إلى بقية الدول خلال الأشهر المقبلة بحسب مدونة الشركة.");
        List<String> copy = List.of(original.getFirst().replace("غوغل", "جوجل"));
        CopyText first =
                CopyText.of(google("https://a.example/1", "غوغل تتيح الترجمة الفورية بالعربية", original, "غوغل"));
        CopyText second =
                CopyText.of(google("https://b.example/1", "رسميا.. ترجمة جوجل الفورية تتحدث العربية", copy, "جوجل"));
        assertThat(CopyOverlap.of(second, first).sameSubject()).isTrue();
        assertThat(CopyOverlap.of(second, first).isNearDuplicate()).isTrue();
    }

    private static dev.marsad.analyze.AnalyzedArticle google(
            String url, String title, List<String> paragraphs, String spelling) {
        return dev.marsad.index.TestArticles.analyzed(
                java.net.URI.create(url),
                title,
                java.time.Instant.parse("2024-03-03T08:00:00Z"),
                "أ",
                java.util.Optional.empty(),
                paragraphs,
                List.of(),
                List.of(new dev.marsad.analyze.Entity(
                        "org:google", "غوغل", dev.marsad.analyze.Entity.Type.ORG, List.of(spelling), 1)));
    }

    @Test
    void countsTheLongestCommonSubsequenceExactly() {
        var random = new Random(12);
        for (int round = 0; round < 200; round++) {
            int[] a = random.ints(1 + random.nextInt(150), 0, 6).toArray();
            int[] b = random.ints(1 + random.nextInt(150), 0, 6).toArray();
            int reach = random.nextInt(b.length + 1);
            assertThat(CopyOverlap.lcs(a, b, reach))
                    .as("round %d", round)
                    .containsExactly(naiveLcs(a, b, b.length), naiveLcs(a, b, reach));
        }
    }

    private static int naiveLcs(int[] a, int[] b, int bLength) {
        int[][] t = new int[a.length + 1][bLength + 1];
        for (int i = 1; i <= a.length; i++)
            for (int j = 1; j <= bLength; j++)
                t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
        return t[a.length][bLength];
    }
}
