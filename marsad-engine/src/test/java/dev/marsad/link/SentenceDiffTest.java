package dev.marsad.link;

import static dev.marsad.link.CopyFixtures.LOCAL_LINE;
import static dev.marsad.link.CopyFixtures.WIRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceDiffTest {

    @Test
    void listsTheCopysOwnLineAsAddedAndTheDroppedParagraphAsCut() {
        List<String> copy = List.of(WIRE.get(0), WIRE.get(1), WIRE.get(3), LOCAL_LINE);
        SentenceDiff.Changes changes = SentenceDiff.of(analysed(WIRE), analysed(copy));
        assertThat(changes.added()).containsExactly(LOCAL_LINE);
        assertThat(changes.cut()).containsExactly(WIRE.get(2));
    }

    @Test
    void neitherAddsNorCutsASentenceSplitInTwoOrMoved() {
        String[] halves = WIRE.get(2).split("، ", 2);
        List<String> copy = List.of(WIRE.get(3), WIRE.get(0), WIRE.get(1), halves[0] + ". " + halves[1]);
        SentenceDiff.Changes changes = SentenceDiff.of(analysed(WIRE), analysed(copy));
        assertThat(changes.added()).isEmpty();
        assertThat(changes.cut()).isEmpty();
    }

    @Test
    void findsNothingChangedInTheSameText() {
        SentenceDiff.Changes changes = SentenceDiff.of(analysed(WIRE), analysed(WIRE));
        assertThat(changes.added()).isEmpty();
        assertThat(changes.cut()).isEmpty();
    }

    @Test
    void cutsAParagraphIntoItsSentences() {
        List<CopyText.Sentence> sentences =
                CopyText.sentences(analysed(List.of("جملة أولى هنا. وجملة ثانية؟ وثالثة بلا نقطة")));
        assertThat(sentences)
                .extracting(CopyText.Sentence::display)
                .containsExactly("جملة أولى هنا.", "وجملة ثانية؟", "وثالثة بلا نقطة");
    }

    private static List<AnalyzedText> analysed(List<String> paragraphs) {
        return paragraphs.stream().map(AnalyzedText::of).toList();
    }
}
