package dev.marsad.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliticSplitterTest {

    private static String show(Segmentation s) {
        return String.join("+", s.proclitics()) + "|" + s.base() + "|" + String.join("+", s.enclitics());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "والسلام,و+ال|سلام|",
        "وبالمفاوضات,و+ب+ال|مفاوضات|",
        "للسلطة,لل|سلطة|",
        "فالحكومة,ف+ال|حكومة|",
        "كالعادة,ك+ال|عادة|",
        "وسيقول,و+س|يقول|",
        "بلادنا,|بلاد|نا",
        "كتابهم,|كتاب|هم",
        "وكتابه,و|كتاب|ه",
        "حكومته,|حكومة|ه",
        "والوزير,و+ال|وزير|",
        "لليبيا,ل|ليبيا|",
        "ومواقفهما,و|مواقف|هما"
    })
    void splitsProcliticsAndEnclitics(String word, String expected) {
        assertThat(show(CliticSplitter.DEFAULT.split(word))).as(word).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"والي", "بلد", "كتاب", "فيلم", "ليبيا", "وزير", "سياسة", "ملك", "شريك", "مصري", "تحكم", "في"})
    void leavesRealWordsWhole(String word) {
        Segmentation s = CliticSplitter.DEFAULT.split(word);
        assertThat(s.hasClitics()).as(word + " → " + show(s)).isFalse();
        assertThat(s.base()).isEqualTo(word);
    }

    /** Issue 14: a bare preposition before a noun with a possessive enclitic splits. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "بمدرستهم,ب|مدرسة|هم",
        "لكتابها,ل|كتاب|ها",
        "وبسيارتهم,و+ب|سيارة|هم",
        "بمكتبهم,ب|مكتب|هم",
        "ولمنزلنا,و+ل|منزل|نا"
    })
    void splitsAPrepositionBeforeAPossessedNoun(String word, String expected) {
        assertThat(show(CliticSplitter.DEFAULT.split(word))).as(word).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"برلمانهم,|برلمان|هم", "بلادهم,|بلاد|هم", "لاعبيهم,|لاعبي|هم", "كبارهم,|كبار|هم"})
    void keepsWordsThatStartWithPrepositionLettersBeforeAPossessive(String word, String expected) {
        assertThat(show(CliticSplitter.DEFAULT.split(word))).as(word).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"مدرسة", "الجامعة"})
    void aWrittenTehMarbutaIsNotAnEnclitic(String word) {
        assertThat(CliticSplitter.DEFAULT.split(word).enclitics()).as(word).isEmpty();
    }

    /**
     * After the conjunction و, a word that begins with ف or و keeps that letter: it is the word's
     * own (وفقراء is و + فقراء, not و + ف + قراء). A rule that read the rest as a word alone stripped
     * it (review of the branch rank, issue 13).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"وفقراء,و|فقراء|", "وفنون,و|فنون|", "وفنادق,و|فنادق|", "ووفقا,و|وفقا|", "وولادة,و|ولادة|"})
    void theConjunctionBeforeAWordThatBeginsWithFaOrWawLeavesThatLetter(String word, String expected) {
        assertThat(show(CliticSplitter.DEFAULT.split(word))).as(word).isEqualTo(expected);
    }
}
