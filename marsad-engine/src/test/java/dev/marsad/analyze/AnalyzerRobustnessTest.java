package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random Arabic, Latin, digit and punctuation strings: analysis never throws and keeps its invariants. */
class AnalyzerRobustnessTest {

    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ"
            + "\u064B\u064E\u064F\u0650\u0651\u0652\u0670"
            + "abcXYZ0123456789٠١٢٣"
            + " \n\t.,،؛:«»\"'()-|#@/%";
    private static final List<String> WORDS = List.of(
            "أذربيجان",
            "وزارة",
            "الدفاع",
            "الرئيس",
            "مدينة",
            "إقليم",
            "قوات",
            "حفظ",
            "السلام",
            "محمد",
            "قره",
            "باخ",
            "ال",
            "و",
            "لل",
            "باسم",
            "المتحدث",
            "عبد",
            "بن",
            "2023",
            "«",
            "»",
            "،");

    @RepeatedTest(60)
    void analyzesRandomTextWithoutFailing(RepetitionInfo repetition) {
        var random = new Random(repetition.getCurrentRepetition());
        String title = "عنوان " + randomText(random, 20);
        List<String> paragraphs = List.of(randomText(random, 200), randomWords(random, 40), "");
        List<String> tags = List.of(randomWords(random, 12), randomText(random, 15), "");
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(
                Fixtures.article(title, paragraphs, Optional.of(randomText(random, 6)), tags));
        for (Tag tag : analyzed.tags()) {
            assertThat(tag.key()).as("key of " + tag.name()).matches("[\\p{L}\\p{N}:-]+");
            assertThat(tag.variants()).contains(tag.name());
        }
        for (Entity e : analyzed.entities()) {
            assertThat(e.mentions()).isPositive();
            assertThat(e.name()).isNotBlank();
        }
        for (String text : paragraphs) {
            int previousStart = -1;
            for (EntityMention m : Fixtures.ANALYZER.mentions(text)) {
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(m.start()).isGreaterThanOrEqualTo(previousStart).isLessThan(m.end());
                previousStart = m.start();
            }
        }
        assertThat(analyzed.keywords()).doesNotHaveDuplicates();
    }

    private static String randomText(Random random, int length) {
        var out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return out.toString();
    }

    private static String randomWords(Random random, int count) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++)
            out.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextBoolean() ? " " : "");
        return out.toString();
    }
}
