package dev.marsad.arabic.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    private final Light10Stemmer light10 = new Light10Stemmer();

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
        "المصريون,مصر",
        "والمصريين,مصري",
        "برلمانية,البرلمان",
        "سياسات,السياسية",
        "وبالمفاوضات,مفاوضات",
        "حكومته,الحكومة",
        "بلادنا,البلاد",
        "الوزير,وزير",
        "لليبيا,ليبيا"
    })
    void conflatesInflectedFormsOfOneWord(String a, String b) {
        assertThat(LightStemmer.DEFAULT.stem(a)).as(a + " vs " + b).isEqualTo(LightStemmer.DEFAULT.stem(b));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"ليبيا,لبنان", "كتاب,تاب", "فيلم,يلم", "بلد,لد", "وزير,زير"})
    void keepsDifferentWordsApart(String a, String b) {
        assertThat(LightStemmer.DEFAULT.stem(a)).as(a + " vs " + b).isNotEqualTo(LightStemmer.DEFAULT.stem(b));
    }

    @Test
    void shortWordsComeBackNormalisedOnly() {
        assertThat(LightStemmer.DEFAULT.stem("إلى")).isEqualTo("الي");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"والكتاب,كتاب", "بالمدرسة,مدرس", "المعلمون,معلم", "للطلاب,طلاب", "وقال,قال", "كتابها,كتاب"})
    void light10FollowsThePaper(String word, String stem) {
        assertThat(light10.stem(word)).as(word).isEqualTo(stem);
    }

    @Test
    void stopWordsAreStoredNormalised() {
        assertThat(StopWords.isStopWord("الي")).isTrue();
        assertThat(StopWords.isStopWord("إلى"))
                .as("unnormalised form is not looked up")
                .isFalse();
        assertThat(StopWords.words())
                .allSatisfy(w -> assertThat(w).isEqualTo(dev.marsad.arabic.ArabicNormalizer.SEARCH.normalize(w)));
        assertThat(StopWords.isStopWord("كاراباخ")).isFalse();
    }
}
