package dev.marsad.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    private static String only(NormalizationRule rule, String text) {
        return ArabicNormalizer.of(EnumSet.of(rule)).normalize(text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ﻻ,لا", "ﷲ,الله", "ﻷمم,لأمم", "ﺑﻴﺖ,بيت"})
    void presentationFormsBecomeLetters(String in, String out) {
        assertThat(only(NormalizationRule.PRESENTATION_FORMS, in)).as(in).isEqualTo(out);
    }

    @Test
    void invisibleCharactersAreRemoved() {
        String marked = "\u200Fكارا\u200Cباخ\u200E \u061Cباكو\uFEFF \u202Bموسكو\u202C \u2067كييف\u2069 ب\u200Dيت";
        assertThat(only(NormalizationRule.INVISIBLE_CHARACTERS, marked)).isEqualTo("كاراباخ باكو موسكو كييف بيت");
    }

    @Test
    void tatweelIsRemoved() {
        assertThat(only(NormalizationRule.TATWEEL, "الأخبـــــار العاجـلة")).isEqualTo("الأخبار العاجلة");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"مُحَمَّدٌ,محمد", "كِتَابًا,كتابا", "الرَّحْمٰنِ,الرحمن", "ذٰلِكَ,ذلك", "عَلَيْهِۖ,عليه"})
    void diacriticsAndQuranicMarksAreRemoved(String in, String out) {
        assertThat(only(NormalizationRule.DIACRITICS, in)).as(in).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"أحمد,احمد", "إيران,ايران", "آسيا,اسيا", "ٱلله,الله"})
    void alefFormsBecomeBareAlef(String in, String out) {
        assertThat(only(NormalizationRule.ALEF_FORMS, in)).as(in).isEqualTo(out);
    }

    @Test
    void alefMaksuraBecomesYeh() {
        assertThat(only(NormalizationRule.ALEF_MAKSURA, "مستشفى على")).isEqualTo("مستشفي علي");
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertThat(only(NormalizationRule.TEH_MARBUTA, "المدينة المنورة")).isEqualTo("المدينه المنوره");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"مسؤول,مسوول", "رئيس,رييس", "شؤون,شوون", "هيئة,هيية"})
    void hamzaCarriersLoseTheirHamza(String in, String out) {
        assertThat(only(NormalizationRule.HAMZA_CARRIERS, in)).as(in).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ڤلاديمير,فلاديمير", "پاكستان,باكستان", "گوگل,كوكل", "کابل,كابل", "ایران,ايران", "زاوە,زاوه"})
    void persianAndUrduLettersBecomeArabic(String in, String out) {
        assertThat(only(NormalizationRule.PERSIAN_LETTERS, in)).as(in).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"٢٠٢٣,2023", "۱۴۰۲,1402", "٣٠ مركزا,30 مركزا"})
    void arabicIndicDigitsBecomeAscii(String in, String out) {
        assertThat(only(NormalizationRule.DIGITS, in)).as(in).isEqualTo(out);
    }

    @Test
    void arabicPunctuationAndSeparatorsBecomeAscii() {
        assertThat(only(NormalizationRule.PUNCTUATION, "هل؟ نعم، لا؛ ٣٫٥٪ و١٬٠٤٩"))
                .isEqualTo("هل? نعم, لا; ٣.٥% و١,٠٤٩");
    }

    @Test
    void latinCapitalsBecomeSmall() {
        assertThat(only(NormalizationRule.LATIN_CASE, "NATO و Élysée")).isEqualTo("nato و élysée");
    }

    @Test
    void rulesComposeInOnePass() {
        assertThat(ArabicNormalizer.SEARCH.normalize("الأُسْـبوعُ ﻹيران مسؤولى ٢٠٢٣م"))
                .isEqualTo("الاسبوع لايران مسوولي 2023م");
    }

    @Test
    void chainedMappingsResolveToTheEnd() {
        assertThat(ArabicNormalizer.SEARCH.normalize("\u06C3"))
                .as("teh marbuta goal")
                .isEqualTo("ه");
    }

    @Test
    void displayPresetKeepsLettersDiacriticsAndPunctuation() {
        String text = "\u200Fأَحْمَدُ، ﻻ ٢٠٢٣؟";
        assertThat(ArabicNormalizer.DISPLAY.normalize(text)).isEqualTo("أَحْمَدُ، لا ٢٠٢٣؟");
    }

    @Test
    void matchingPresetKeepsTehMarbutaAndAlefMaksura() {
        assertThat(ArabicNormalizer.MATCHING.normalize("الأذرية مصطفى أرمينيا")).isEqualTo("الاذرية مصطفى ارمينيا");
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String plain = "hello";
        assertThat(ArabicNormalizer.SEARCH.normalize(plain)).isSameAs(plain);
    }

    @Test
    void charArrayFormMatchesStringForm() {
        String text = "ﷺ وَالأَخْبَار ﻻ";
        char[] source = text.toCharArray();
        char[] target = new char[source.length * ArabicNormalizer.SEARCH.maxExpansion()];
        int n = ArabicNormalizer.SEARCH.normalize(source, source.length, target);
        assertThat(new String(target, 0, n)).isEqualTo(ArabicNormalizer.SEARCH.normalize(text));
    }

    @Test
    void inPlaceNormalisationIsRefusedWhenAFormExpands() {
        char[] buffer = "ﻻ".toCharArray();
        assertThatThrownBy(() -> ArabicNormalizer.SEARCH.normalize(buffer, 1, buffer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in place");
    }

    @Test
    void inPlaceNormalisationWorksWithoutExpandingRules() {
        var normalizer = ArabicNormalizer.of(EnumSet.of(NormalizationRule.TATWEEL, NormalizationRule.ALEF_FORMS));
        char[] buffer = "أخبـار".toCharArray();
        int n = normalizer.normalize(buffer, buffer.length, buffer);
        assertThat(new String(buffer, 0, n)).isEqualTo("اخبار");
    }
}
