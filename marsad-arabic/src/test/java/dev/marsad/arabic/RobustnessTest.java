package dev.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import dev.marsad.arabic.name.NameKey;
import dev.marsad.arabic.name.NameKeyBuilder;
import dev.marsad.arabic.number.TokenScanner;
import dev.marsad.arabic.stem.Light10Stemmer;
import dev.marsad.arabic.stem.LightStemmer;
import dev.marsad.arabic.stem.StopWords;
import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.ArabicTokenizer;
import dev.marsad.arabic.token.CliticSplitter;
import dev.marsad.arabic.token.Segmentation;
import dev.marsad.arabic.token.Token;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random strings (Arabic, Latin, mixed, presentation forms, diacritics only, bidi marks, unpaired
 * surrogates, URL and handle fragments, and one huge string) through every public function: none
 * throws, and each keeps its invariants.
 */
class RobustnessTest {

    private static final int CASES = 1000;

    private static final String[] PIECES = {
        "http://",
        "https://",
        "www.",
        "@",
        "#",
        "_",
        ".",
        ",",
        "/",
        ":",
        "-",
        "'",
        " ",
        "  ",
        "\n",
        "\t",
        "ال",
        "و",
        "لل",
        "ة",
        "ى",
        "ـ",
        "\u200C",
        "\u200F",
        "\u202B",
        "\uFEFF",
        "\u061C",
        "ﻻ",
        "ﷲ",
        "ﷺ",
        "٫",
        "٬",
        "٢٠٢٣",
        "2,116",
        "a@b.co"
    };

    static Stream<String> randomStrings() {
        var random = new Random(20230920L);
        Stream<String> generated = Stream.generate(() -> randomString(random)).limit(CASES);
        return Stream.concat(
                Stream.of("", " ", "\uD800", "\uDC00x\uD800", "ًٌٍَُِّْ", "\u200F\u200E\u202A", "ﷺﷺ"), generated);
    }

    private static String randomString(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 400 : 40);
        var sb = new StringBuilder();
        int mode = random.nextInt(6);
        while (sb.length() < length) {
            switch (mode == 5 ? random.nextInt(5) : mode) {
                case 0 -> sb.append((char) (0x0600 + random.nextInt(0x100))); // Arabic block, incl. marks
                case 1 -> sb.append((char) ('A' + random.nextInt(58)));
                case 2 -> sb.append(PIECES[random.nextInt(PIECES.length)]);
                case 3 ->
                    sb.append((char)
                            (random.nextBoolean() ? 0xFB50 + random.nextInt(0x2B0) : 0xFE70 + random.nextInt(0x90)));
                default -> sb.append((char) random.nextInt(Character.MAX_VALUE + 1)); // anything, surrogates too
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void normalisationIsIdempotentAndTheCharFormsAgree(String s) {
        for (ArabicNormalizer n : List.of(
                ArabicNormalizer.SEARCH,
                ArabicNormalizer.MATCHING,
                ArabicNormalizer.DISPLAY,
                ArabicNormalizer.of(EnumSet.noneOf(NormalizationRule.class)))) {
            String once = n.normalize(s);
            assertThat(n.normalize(once)).as(n + " idempotent").isEqualTo(once);
            char[] target = new char[Math.max(1, s.length() * n.maxExpansion())];
            assertThat(new String(target, 0, n.normalize(s.toCharArray(), s.length(), target)))
                    .isEqualTo(once);
            char[] buffer = s.toCharArray();
            int inPlace = n.normalizeInPlace(buffer, buffer.length);
            if (inPlace >= 0) assertThat(new String(buffer, 0, inPlace)).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void tokensLieInsideTheTextInOrder(String s) {
        int last = 0;
        for (Token t : ArabicTokenizer.tokenize(s)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isLessThanOrEqualTo(s.length());
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
            last = t.end();
        }
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void wordFunctionsAcceptAnyToken(String s) {
        var light10 = new Light10Stemmer();
        for (Token t : ArabicTokenizer.tokenize(s)) {
            Segmentation seg = CliticSplitter.DEFAULT.split(t.text());
            assertThat(seg.base()).isNotNull();
            String stem = LightStemmer.DEFAULT.stem(t.text());
            assertThat(stem.length())
                    .isLessThanOrEqualTo(
                            ArabicNormalizer.SEARCH.normalize(t.text()).length());
            assertThat(light10.stem(t.text())).isNotNull();
            StopWords.isStopWord(t.text());
        }
        assertThat(LightStemmer.DEFAULT.stem(s)).isNotNull();
        assertThat(CliticSplitter.DEFAULT.split(s)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void nameKeysAreAsciiAndDeterministic(String s) {
        String key = NameKey.of(s);
        assertThat(key).isEqualTo(NameKey.of(s));
        assertThat(key.chars().allMatch(c -> c < 0x80 || Character.isDigit(c)))
                .as(key)
                .isTrue();
        assertThat(NameKey.sameName(s, s)).isEqualTo(!key.isEmpty());
        assertThat(new NameKeyBuilder().add(s).key()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void analyzerOffsetsStayInsideTheText(String s) throws IOException {
        assertAnalyzerInvariants(s);
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void analysedTextKeepsItsInvariants(String s) {
        assertAnalysedTextInvariants(AnalyzedText.of(s));
        int lastStart = 0; // pieces of one char that expands (ﷺ: four words) share its span
        for (dev.marsad.arabic.number.Token piece : TokenScanner.scan(s)) {
            assertThat(piece.start()).isGreaterThanOrEqualTo(lastStart);
            assertThat(piece.end()).isBetween(piece.start(), s.length());
            lastStart = piece.start();
        }
    }

    private static void assertAnalysedTextInvariants(AnalyzedText t) {
        String s = t.text();
        int last = 0;
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.start(i)).as("token %d starts after the one before", i).isGreaterThanOrEqualTo(last);
            assertThat(t.end(i)).as("token %d ends inside the text", i).isBetween(t.start(i) + 1, s.length());
            assertThat(t.form(i)).isEqualTo(ArabicNormalizer.SEARCH.normalize(t.surface(i)));
            assertThat(t.stem(i).length()).isLessThanOrEqualTo(t.form(i).length());
            assertThat(t.procliticLength(i) + t.encliticLength(i))
                    .isLessThan(Math.max(1, t.form(i).length()));
            assertThat(t.base(i)).isNotNull();
            assertThat(t.readings(i).getFirst()).isEqualTo(t.form(i));
            assertThat(t.nameKey(i) + t.joinedNameKey(i)).matches("[\\x00-\\x7F\\p{Nd}]*");
            last = t.end(i);
        }
    }

    @Test
    void hugeMixedTextGoesThroughEverything() throws IOException {
        var random = new Random(7);
        var sb = new StringBuilder();
        while (sb.length() < 2_000_000) sb.append(randomString(random)).append(' ');
        String huge = sb.toString();
        assertThat(ArabicNormalizer.SEARCH.normalize(huge)).isNotNull();
        assertThat(ArabicTokenizer.tokenize(huge)).isNotEmpty();
        assertThat(NameKey.of(huge)).isNotNull();
        assertAnalyzerInvariants(huge);
        assertAnalysedTextInvariants(AnalyzedText.of(huge));
        assertThat(TokenScanner.scan(huge)).isNotEmpty();
    }

    private static final Analyzer ANALYZER = new MarsadArabicAnalyzer();

    private static void assertAnalyzerInvariants(String s) throws IOException {
        try (TokenStream ts = ANALYZER.tokenStream("body", s)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastStart = 0;
            while (ts.incrementToken()) {
                assertThat(offset.startOffset()).isGreaterThanOrEqualTo(lastStart);
                assertThat(offset.endOffset()).isBetween(offset.startOffset(), s.length());
                assertThat(term.length()).isPositive();
                lastStart = offset.startOffset();
            }
            ts.end();
            assertThat(offset.endOffset()).isEqualTo(s.length());
        }
    }
}
