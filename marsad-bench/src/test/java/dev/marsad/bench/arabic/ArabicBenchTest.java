package dev.marsad.bench.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ArabicBenchTest {

    private static final String TITLE = "وزارة الدفاع الأذرية تعلن وقف إطلاق النار في إقليم كاراباخ";

    @Test
    void rewritingIsDeterministicForOneSeedAndKeepsAFewWordsInOrder() {
        String a = ReaderQueryRewriter.rewrite(TITLE, new Random(5));
        assertThat(ReaderQueryRewriter.rewrite(TITLE, new Random(5))).isEqualTo(a);
        int words = a.split(" ").length;
        assertThat(words).isBetween(ReaderQueryRewriter.MIN_WORDS, ReaderQueryRewriter.MAX_WORDS);
        assertThat(ReaderQueryRewriter.rewrite("عاجل", new Random(5)))
                .as("one word is too few")
                .isEmpty();
    }

    @Test
    void rewritingChangesSpellingsTheWayReadersType() {
        boolean hamzaDropped = false;
        for (int seed = 0; seed < 50; seed++) {
            String q = ReaderQueryRewriter.rewrite("أعلنت إيران أمس", new Random(seed));
            hamzaDropped |= q.contains("ايران") || q.contains("اعلنت") || q.contains("امس");
        }
        assertThat(hamzaDropped).isTrue();
    }

    @Test
    void ratesCountSameAndDifferentLemmaPairs() {
        var words = List.of(
                new StemsCommand.Word("كتب", "كتب"),
                new StemsCommand.Word("يكتب", "كتب"),
                new StemsCommand.Word("قلم", "قلم"));
        StemsCommand.Rates joinAll = StemsCommand.rates(words, w -> "x");
        assertThat(joinAll.sameLemma()).isEqualTo(1.0);
        assertThat(joinAll.differentLemma()).isEqualTo(0.0);
        assertThat(joinAll.falseMerges()).isEqualTo(2);
        StemsCommand.Rates keepAll = StemsCommand.rates(words, w -> w);
        assertThat(keepAll.sameLemma()).isEqualTo(0.0);
        assertThat(keepAll.differentLemma()).isEqualTo(1.0);
    }

    @Test
    void evaluationPartsAreFixedRoughlyProportionalAndChangeWithTheSalt() {
        int unseen = 0;
        int moved = 0;
        for (int i = 0; i < 2000; i++) {
            EvaluationPart part = EvaluationPart.of("test-split", "item-" + i, 30);
            assertThat(EvaluationPart.of("test-split", "item-" + i, 30)).isEqualTo(part);
            if (part == EvaluationPart.UNSEEN) unseen++;
            if (EvaluationPart.of("other-split", "item-" + i, 30) != part) moved++;
        }
        assertThat(unseen).isBetween(500, 700);
        assertThat(moved).as("another salt draws another split").isGreaterThan(400);
        assertThat(EvaluationPart.of("test-split", "x", 0)).isEqualTo(EvaluationPart.DEVELOPMENT);
        assertThat(EvaluationPart.of("test-split", "x", 100)).isEqualTo(EvaluationPart.UNSEEN);
    }

    @Test
    void evaluationsSkipCleanlyWhenTheirDataIsAbsent() {
        for (Callable<Integer> command : List.<Callable<Integer>>of(new StemsCommand(), new SearchCommand())) {
            var out = new StringWriter();
            int exit = new CommandLine(command)
                    .setOut(new PrintWriter(out, true))
                    .execute("--data", "/nonexistent/marsad");
            assertThat(exit).isZero();
            assertThat(out.toString()).startsWith("skipped: ");
        }
    }

    @Test
    void namesReportsPrecisionAndRecallOnTheBundledPairs() {
        var out = new StringWriter();
        int exit = new CommandLine(new NamesCommand())
                .setOut(new PrintWriter(out, true))
                .execute();
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("NameKey", "precision", "recall", "dev.tsv", "held-out.tsv", "unseen");
    }

    @Test
    void namesListsErrorsOfTheDevelopmentPartOnly() {
        var out = new StringWriter();
        int exit = new CommandLine(new NamesCommand())
                .setOut(new PrintWriter(out, true))
                .execute("--errors");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("bench held-out.tsv: wrong pairs not listed (unseen part)");
    }
}
