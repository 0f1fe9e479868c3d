package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, part 4: keyphrases of the text, by position and rarity. */
class KeyphrasesTest {

    private final Keyphrases keyphrases = new Keyphrases(
            Fixtures.LEXICON,
            WordRarity.ofBackground(WordList.load("keyword-background.txt")),
            new TagUnifier(Fixtures.GAZETTEER, Fixtures.LEXICON));

    @Test
    void readsNounPhrasesWithoutTheirConjunctions() {
        assertThat(keyphrases.nounPhrases(AnalyzedText.of("وارتفع سعر الفائدة وبالحصبة والبنك المركزي")))
                .contains("سعر الفائدة", "الحصبة", "البنك المركزي");
    }

    @Test
    void keepsPhrasesSaidInTheTitleAndAgainNotThoseSaidOnce() {
        List<AnalyzedText> parts = List.of(
                AnalyzedText.of("حملة لمكافحة الحصبة"),
                AnalyzedText.of("أطلقت الوزارة حملة واسعة ضد الحصبة في المدارس."),
                AnalyzedText.of("وتحدث المسؤولون عن الطقس الحار."));
        var found = keyphrases.find(parts, List.of(), List.of(), List.of());
        assertThat(found)
                .extracting(Keyphrases.Keyphrase::name)
                .contains("الحصبة")
                .doesNotContain("الطقس");
    }

    @Test
    void leavesThePublishersNameOut() {
        List<AnalyzedText> parts = List.of(
                AnalyzedText.of("صدى الأرز: انتخابات بلدية"),
                AnalyzedText.of("قالت صدى الأرز إن صدى الأرز تتابع الانتخابات."));
        assertThat(keyphrases.find(parts, List.of(), List.of(), List.of("صدى الأرز")))
                .extracting(Keyphrases.Keyphrase::name)
                .doesNotContain("صدى الأرز");
    }
}
