package dev.marsad.arabic.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer.NameKeys;
import dev.marsad.arabic.text.AnalyzedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The pre-analysed stream gives exactly the analyzer's terms, positions, offsets and types. */
class PreAnalyzedTokenStreamTest {

    private static final String BODY = "\n\n";

    private static List<AnalyzedToken> analyzer(NameKeys keys, String text) {
        Analyzer analyzer = new MarsadArabicAnalyzer(keys);
        return AnalyzedToken.readToEnd(analyzer.tokenStream("body", text));
    }

    private static List<AnalyzedToken> preAnalyzed(NameKeys keys, List<String> parts) {
        List<AnalyzedText> texts = parts.stream().map(AnalyzedText::of).toList();
        return AnalyzedToken.readToEnd(new PreAnalyzedTokenStream(texts, BODY, keys));
    }

    private static void assertSameTerms(NameKeys keys, List<String> parts) {
        assertThat(preAnalyzed(keys, parts)).as("%s", parts).isEqualTo(analyzer(keys, String.join(BODY, parts)));
    }

    static Stream<String> sentences() {
        return Stream.of(
                "وبالمفاوضات أعلنت حكومته أمس عبر @gadaennab 2,116 مدنيا #كاراباخ",
                "زار وزير الخارجية إقليم قره باخ ثم نيو يورك وعبد الله في 20/9/2023",
                "الأُسْـبوعُ الماضي أعلنت ﻹيران مسؤولى ٢٠٢٣م في ﷺ",
                "Google و غوغل وجوجل، NATO www.example.org/a?b=1 info@x.org O'Brien 20th",
                "في من إلى على قره في باخ ـــ ً",
                "");
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void givesTheAnalyzersTermsForOneText(String text) {
        for (NameKeys keys : NameKeys.values()) assertSameTerms(keys, List.of(text));
    }

    @ParameterizedTest
    @EnumSource(NameKeys.class)
    void joinsParagraphsAsTheAnalyzerReadsTheJoinedBody(NameKeys keys) {
        assertSameTerms(keys, List.of("وصل الوفد إلى قره", "باخ أمس", "", "في", "نيو", "يورك 2023", "في"));
        assertSameTerms(keys, sentences().toList());
    }

    @Test
    void canBeReadTwice() {
        var stream = new PreAnalyzedTokenStream(AnalyzedText.of("قره باخ"), NameKeys.EMIT);
        assertThat(AnalyzedToken.readToEnd(stream))
                .isEqualTo(AnalyzedToken.readToEnd(stream))
                .hasSize(4); // قره، باخ، ~KRBK, end
    }

    @Test
    void refusesASeparatorThatIsNoWhiteSpace() {
        assertThatThrownBy(() -> new PreAnalyzedTokenStream(List.of(), "-", NameKeys.EMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-'");
        assertThatThrownBy(() -> new PreAnalyzedTokenStream(List.of(), "", NameKeys.EMIT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheAnalyzersTermsForTheSeedArticle() throws IOException {
        Path seed = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && seed == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seed/seed-article.txt");
            if (Files.isRegularFile(candidate)) seed = candidate;
        }
        assumeTrue(seed != null, "../shared/seed not found");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        List<String> paragraphs = List.of(text.split("\n\n"));
        for (NameKeys keys : NameKeys.values()) {
            assertSameTerms(keys, List.of(text));
            assertSameTerms(keys, paragraphs);
        }
    }

    private static final String[] PIECES = {
        "قره", "باخ", "نيو", "يورك", "عبد", "الله", "في", "من", "و", "ال", "لل", "كاراباخ", "وكاراباخ", "ة", "ى",
        "ـ", "ً", "\u200C", "\u200F", "ﻻ", "ﷺ", "٫", "٬", "٢٠٢٣", "2,116", "a@b.co", "#", "@", "http://x.y", "www.",
        "Google", "O'", "20th", " ", " ", " ", "\n", "\n\n", "،", ".", "\uD800", "\uD835\uDC00", "é", "Ab", "x"
    };

    @Test
    void givesTheAnalyzersTermsForRandomTexts() {
        var random = new Random(20230920L);
        for (int k = 0; k < 2000; k++) {
            var parts = new ArrayList<String>();
            int n = 1 + random.nextInt(4);
            for (int p = 0; p < n; p++) {
                var sb = new StringBuilder();
                int words = random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    if (random.nextInt(8) == 0) sb.append((char) (0x0600 + random.nextInt(0x100)));
                    else sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                parts.add(sb.toString());
            }
            for (NameKeys keys : NameKeys.values()) assertSameTerms(keys, parts);
        }
    }
}
