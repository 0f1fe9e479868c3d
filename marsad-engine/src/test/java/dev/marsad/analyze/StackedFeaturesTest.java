package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the second pass reads of the first pass's tags over a whole text (issue 11). */
class StackedFeaturesTest {

    private static int tag(String name) {
        return NerModel.TAGS.indexOf(name);
    }

    private static List<List<String[]>> features(List<List<Word>> parts, List<int[]> tags) {
        List<double[][]> scores = parts.stream()
                .map(w -> new double[w.size()][NerModel.TAGS.size()])
                .toList();
        return StackedFeatures.of(parts, tags, scores);
    }

    @Test
    void aSurnameAloneIsThePieceOfAPersonTaggedElsewhere() {
        List<Word> first = Word.of("قال نجيب محفوظ");
        List<Word> later = Word.of("وكتب محفوظ رواية");
        var stacked = features(
                List.of(first, later), List.of(new int[] {0, tag("B-PER"), tag("I-PER")}, new int[] {0, 0, 0}));
        assertThat(stacked.get(1).get(1)).contains("pc1=PER:last", "d1=PER:all", "dn1=1", "t1=O");
        assertThat(stacked.get(1).get(2)).contains("pc1=-", "d1=alone");
    }

    @Test
    void aNameTaggedOnceSaysNothingBeyondItsOwnTag() {
        List<Word> words = Word.of("قال نجيب محفوظ إن");
        var stacked = features(List.of(words), List.of(new int[] {0, tag("B-PER"), tag("I-PER"), 0}));
        assertThat(stacked.getFirst().get(2)).contains("t1=I-PER", "t1-1=B-PER", "d1=alone", "pc1=-", "dn1=0");
    }

    @Test
    void aWordTaggedSometimesElsewhereSaysWhichTypeAndHowOften() {
        List<Word> a = Word.of("زار عمان");
        List<Word> b = Word.of("في عمان");
        List<Word> c = Word.of("من عمان");
        List<Word> d = Word.of("إلى عمان");
        var stacked = features(
                List.of(a, b, c, d),
                List.of(new int[] {0, tag("B-LOC")}, new int[] {0, tag("B-LOC")}, new int[] {0, 0}, new int[] {0, 0}));
        assertThat(stacked.get(3).get(1)).contains("d1=LOC:most", "dn1=2-3", "d1|t1=LOC:most|O");
        assertThat(stacked.get(0).get(1)).contains("d1=LOC:some", "dn1=1");
    }

    @Test
    void theMarginSaysHowNearTheFirstPassCameToAName() {
        List<Word> words = Word.of("قال فلان");
        double[][] scores = new double[2][NerModel.TAGS.size()];
        scores[1][tag("B-PER")] = -1.0;
        var stacked = StackedFeatures.of(List.of(words), List.of(new int[] {0, 0}), List.<double[][]>of(scores));
        assertThat(stacked.getFirst().get(1)).contains("m1=PER:near");
        scores[1][tag("B-PER")] = 3.0;
        stacked = StackedFeatures.of(List.of(words), List.of(new int[] {0, 0}), List.<double[][]>of(scores));
        assertThat(stacked.getFirst().get(1)).contains("m1=PER:above");
    }
}
