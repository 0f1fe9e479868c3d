package dev.marsad.arabic.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTextTest {

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
            })
    void foldsOneRule(String written, String folded, String rule) {
        assertThat(FoldedText.of(written).folded()).as(rule).isEqualTo(folded);
    }

    @Test
    void mapsFoldedSpansBackToTheOriginal() {
        String text = "في غدًا\u200F الخميسِ";
        FoldedText view = FoldedText.of(text);
        int start = view.folded().indexOf("الخميس");
        int end = start + "الخميس".length();
        assertThat(text.substring(view.originalStart(start), view.originalEnd(end)))
                .isEqualTo("الخميسِ");
        int g = view.folded().indexOf("غدا");
        assertThat(text.substring(view.originalStart(g), view.originalEnd(g + 3)))
                .isEqualTo("غدًا");
    }

    @Test
    void dropsInvisibleMarksAndKeepsUnpairedSurrogates() {
        assertThat(FoldedText.of("\u200Eأ\uFEFF\uD800").folded()).isEqualTo("ا\uD800");
    }
}
