package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String REPORT =
            "أعلنت السلطات في مدينة درنة أن فرق الإنقاذ انتشلت عشرات الجثث من تحت الأنقاض بعد"
                    + " انهيار سدين على الوادي، وقالت إن آلاف الأسر ما زالت بلا مأوى وإن المساعدات بدأت تصل من الدول المجاورة عبر"
                    + " الطريق الساحلي الذي أعيد فتحه صباح اليوم بعد إصلاح الجسور المتضررة.";

    private static long[] shingles(String text) {
        return MinHash.shingles(LinkText.words(text));
    }

    @Test
    void givesIdenticalTextsIdenticalBandKeys() {
        assertThat(MinHash.bandKeys(shingles(REPORT)))
                .isEqualTo(MinHash.bandKeys(shingles(REPORT)))
                .hasSize(MinHash.BANDS);
    }

    @Test
    void seesThroughSpellingVariantsOfTheSameWords() {
        String respelled =
                REPORT.replace("أعلنت", "اعلنت").replace("إنقاذ", "انقاذ").replace("إن", "ان");
        assertThat(MinHash.jaccard(shingles(REPORT), shingles(respelled))).isEqualTo(1.0);
    }

    @Test
    void sharesBandKeysWithALightlyEditedCopy() {
        String edited = REPORT.replace("عشرات الجثث", "عشرات الضحايا") + " وتستمر عمليات البحث.";
        assertThat(MinHash.jaccard(shingles(REPORT), shingles(edited))).isGreaterThan(0.6);
        assertThat(MinHash.bandKeys(shingles(edited))).containsAnyElementsOf(MinHash.bandKeys(shingles(REPORT)));
    }

    @Test
    void sharesNoBandKeysWithAnUnrelatedText() {
        String other = "رفع البنك المركزي سعر الفائدة الرئيسي ربع نقطة مئوية في اجتماعه الدوري، مشيراً إلى أن التضخم"
                + " ما زال أعلى من المستهدف وأن قرارات الأشهر المقبلة ستتوقف على البيانات الجديدة عن الأسعار والأجور.";
        assertThat(MinHash.bandKeys(shingles(other))).doesNotContainAnyElementsOf(MinHash.bandKeys(shingles(REPORT)));
    }

    @Test
    void measuresACutCopyAsContained() {
        String firstHalf = REPORT.substring(0, REPORT.indexOf("وقالت"));
        assertThat(MinHash.containment(shingles(firstHalf), shingles(REPORT))).isEqualTo(1.0);
        assertThat(MinHash.jaccard(shingles(firstHalf), shingles(REPORT))).isLessThan(0.5);
    }

    @Test
    void treatsAShortTextAsOneShingle() {
        assertThat(MinHash.shingles(List.of("كلمة"))).hasSize(1);
        assertThat(MinHash.bandKeys(new long[0])).isEmpty();
    }
}
