package dev.marsad.arabic.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenScannerTest {

    private static String show(List<Token> tokens) {
        var out = new StringBuilder();
        for (Token t : tokens) {
            if (!out.isEmpty()) out.append(t.spaceBefore() ? " " : "·");
            out.append(t.form());
        }
        return out.toString();
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "أيلول | ايلول | hamza above alef",
                "إبريل | ابريل | hamza below alef",
                "آذار | اذار | madda alef",
                "ٱلخميس | الخميس | wasla alef",
                "جمادى | جمادي | alef maksura",
                "الجمعة | الجمعه | teh marbuta",
                "مئة | ميه | hamza on yeh",
                "مؤتمر | موتمر | hamza on waw",
                "غدًا | غدا | diacritics",
                "سبتمـــبر | سبتمبر | tatweel",
                "٢٠٢٣ | 2023 | Arabic-Indic digits",
                "۱۴۴۵ | 1445 | Persian digits",
                "September | september | Latin case",
                "ﻻ | لا | presentation form",
                "گ | ك | Persian letters, as the core folds them",
            })
    void foldsOneRule(String written, String folded, String rule) {
        assertThat(show(TokenScanner.scan(written))).as(rule).isEqualTo(folded);
        assertThat(TokenScanner.fold(written)).as(rule).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "20/9/2023 | 20·/·9·/·2023",
                "2,116 مدنيا | 2·,·116 مدنيا",
                "٣٫٥ | 3·٫·5",
                "١٬٠٤٩ | 1·٬·049",
                "20th | 20·th",
                "و1049 | و·1049",
                "#سلام | #·سلام",
                "10:30 ص، | 10·:·30 ص·،",
                "abcعربي | abcعربي",
                "50% | 50·%",
            })
    void cutsTheCoreTokensFiner(String text, String expected) {
        assertThat(show(TokenScanner.scan(text))).isEqualTo(expected);
    }

    @Test
    void spansPointIntoTheOriginalAndTakeInTrailingMarks() {
        String text = "في غدًا\u200F الخميسِ ـالجمعة";
        List<Token> tokens = TokenScanner.scan(text);
        assertThat(tokens)
                .extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("في", "غدًا", "الخميسِ", "الجمعة");
    }

    @Test
    void readsTheSameFromTheTextAndFromItsAnalysis() {
        String text = "أجلت نحو 2000 شخص في ٢٠ أيلول ٢٠٢٣، و3.5% من السكان";
        assertThat(TokenScanner.scan(AnalyzedText.of(text))).isEqualTo(TokenScanner.scan(text));
    }

    @Test
    void dropsInvisibleMarksAndKeepsUnpairedSurrogates() {
        assertThat(show(TokenScanner.scan("\u200Eأ\uFEFF\uD800"))).isEqualTo("ا·\uD800");
    }
}
