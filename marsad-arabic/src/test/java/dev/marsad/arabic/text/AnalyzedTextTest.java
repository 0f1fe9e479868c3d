package dev.marsad.arabic.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.arabic.ArabicNormalizer;
import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.TokenType;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzedTextTest {

    private static final String SENTENCE = "وبالمفاوضات أعلنت حكومته في كاراباخ";

    @Test
    void readsAsTheJavadocExampleSays() {
        AnalyzedText t = AnalyzedText.of(SENTENCE);
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.surface(0)).isEqualTo("وبالمفاوضات");
        assertThat(List.of(t.start(0), t.end(0))).containsExactly(0, 11);
        assertThat(t.type(0)).isEqualTo(TokenType.ARABIC);
        assertThat(t.form(1)).isEqualTo("اعلنت");
        assertThat(t.procliticLength(0)).isEqualTo(4);
        assertThat(t.base(2)).isEqualTo("حكومه");
        assertThat(t.stem(0)).isEqualTo("مفاوض");
        assertThat(t.isStopWord(3)).isTrue();
        assertThat(t.nameKey(4)).isEqualTo("KRBK");
        assertThat(t.readings(0)).containsExactly("وبالمفاوضات", "بالمفاوضات", "المفاوضات");
    }

    @Test
    void holdsTheTokenizersTokensWithTheirOffsets() {
        String text = "زار @gadaennab كاراباخ في 20/9/2023 #سلام https://x.org/a، وكتب info@x.org";
        assertThat(AnalyzedText.of(text).tokens()).isEqualTo(ArabicTokenizer.tokenize(text));
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource({
        "الأُسْـبوعُ, الاسبوع, diacritics tatweel and hamza",
        "مسؤولى, مسوولي, hamza carrier and alef maksura",
        "NATO, nato, Latin case",
        "٢٠٢٣, 2023, digits",
        "٣٫٥, 3.5, number separator",
        "ﻹيران, لايران, presentation form",
    })
    void keepsTheSearchFormOfEachToken(String written, String form, String rule) {
        AnalyzedText t = AnalyzedText.of(written);
        assertThat(t.size()).as(rule).isEqualTo(1);
        assertThat(t.form(0)).as(rule).isEqualTo(form);
    }

    @Test
    void aTokenOfMarksOnlyHasAnEmptyForm() {
        AnalyzedText t = AnalyzedText.of("ـــ كتاب");
        assertThat(t.form(0)).isEmpty();
        assertThat(t.isStopWord(0)).isFalse();
        assertThat(t.stem(0)).isEmpty();
        assertThat(t.nameKey(0)).isEmpty();
    }

    @Test
    void marksStopWordsInTheirSearchForm() {
        AnalyzedText t = AnalyzedText.of("عاد إلى المدينة التى زارها");
        assertThat(IntStream.range(0, t.size()).mapToObj(t::isStopWord))
                .containsExactly(false, true, false, true, false);
    }

    @ParameterizedTest(name = "{0} → {1} chars + {2} + {3} chars")
    @CsvSource({
        "والسلام, 3, سلام, 0",
        "وبالمفاوضات, 4, مفاوضات, 0",
        "كتابهم, 0, كتاب, 2",
        "حكومته, 0, حكومه, 1",
        "لليبيا, 1, ليبيا, 0",
        "ليبيا, 0, ليبيا, 0",
    })
    void splitsCliticsOnce(String word, int proclitics, String base, int enclitic) {
        AnalyzedText t = AnalyzedText.of(word);
        assertThat(t.procliticLength(0)).as("proclitics").isEqualTo(proclitics);
        assertThat(t.base(0)).as("base").isEqualTo(base);
        assertThat(t.encliticLength(0)).as("enclitic").isEqualTo(enclitic);
    }

    @Test
    void splitsNoCliticsOffOtherTokens() {
        AnalyzedText t = AnalyzedText.of("#والسلام Wallace 2023");
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.procliticLength(i)).isZero();
            assertThat(t.encliticLength(i)).isZero();
            assertThat(t.base(i)).isEqualTo(t.form(i));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"والمصريون, مصر", "برلمانية, برلم", "للحكومة, حكوم", "كتب, كتب"})
    void stemsArabicWordsWithTheLightStemmer(String word, String stem) {
        assertThat(AnalyzedText.of(word).stem(0)).isEqualTo(stem).isEqualTo(LightStemmer.DEFAULT.stem(word));
    }

    @Test
    void stemsNothingButArabicWords() {
        AnalyzedText t = AnalyzedText.of("Stations #والمصريون 1,000");
        for (int i = 0; i < t.size(); i++) assertThat(t.stem(i)).isEqualTo(t.form(i));
    }

    @Test
    void givesTheLookUpReadingsOfEachWord() {
        AnalyzedText t = AnalyzedText.of("والرياض للسعودية بباكو بل");
        assertThat(t.readings(0)).containsExactly("والرياض", "الرياض");
        assertThat(t.readings(1)).containsExactly("للسعوديه", "السعوديه", "لسعوديه");
        assertThat(t.readings(2)).containsExactly("بباكو", "باكو");
        assertThat(t.readings(3)).containsExactly("بل");
    }

    @Test
    void keysLongWordsWithoutTheirProclitics() {
        AnalyzedText t = AnalyzedText.of("وكاراباخ Google قال");
        assertThat(t.nameKey(0)).isEqualTo(NameKey.of("كاراباخ"));
        assertThat(t.nameKey(1)).isEqualTo(NameKey.of("جوجل"));
        assertThat(t.nameKey(2)).as("three letters: no key of its own").isEmpty();
    }

    @Test
    void keysNeitherStopWordsNorNumbers() {
        AnalyzedText t = AnalyzedText.of("التي 2023 #كاراباخ");
        for (int i = 0; i < t.size(); i++) assertThat(t.nameKey(i)).isEmpty();
    }

    @Test
    void joinsTheKeyOfAShortWordAndItsNeighbour() {
        AnalyzedText t = AnalyzedText.of("والانفصاليون قره باخ");
        assertThat(t.joinedNameKey(0)).isEmpty();
        assertThat(t.joinedNameKey(1)).as("انفصاليون is too long to join").isEmpty();
        assertThat(t.joinedNameKey(2)).isEqualTo(NameKey.of("كاراباخ"));
    }

    @Test
    void joinsNoKeyAcrossAStopWordOrANumber() {
        AnalyzedText t = AnalyzedText.of("قره في باخ، 12 باخ");
        assertThat(t.joinedNameKey(2)).as("after a stop word").isEmpty();
        assertThat(t.joinedNameKey(4)).as("after a number").isEmpty();
    }

    @Test
    void joinsTheKeyAcrossTwoTextsReadOneAfterTheOther() {
        AnalyzedText first = AnalyzedText.of("وصل إلى قره");
        assertThat(AnalyzedText.of("باخ أمس").joinedNameKeyAfter(first)).isEqualTo("KRBK");
        assertThat(AnalyzedText.of("في باخ").joinedNameKeyAfter(first)).isEmpty();
        assertThat(AnalyzedText.of("").joinedNameKeyAfter(first)).isEmpty();
        assertThat(first.joinedNameKeyAfter(AnalyzedText.of(""))).isEmpty();
    }

    @Test
    void anEmptyTextHasNoTokens() {
        AnalyzedText t = AnalyzedText.of("  ،.  ");
        assertThat(t.size()).isZero();
        assertThat(t.tokens()).isEmpty();
        assertThatThrownBy(() -> t.form(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void growsPastItsFirstGuessOfTheTokenCount() {
        String many = "و ".repeat(5000) + "كاراباخ";
        AnalyzedText t = AnalyzedText.of(many);
        assertThat(t.size()).isEqualTo(5001);
        assertThat(t.form(5000)).isEqualTo(ArabicNormalizer.SEARCH.normalize("كاراباخ"));
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> AnalyzedText.of(null)).isInstanceOf(NullPointerException.class);
    }
}
