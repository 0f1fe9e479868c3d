package dev.marsad.arabic.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

    private static List<String> texts(String input) {
        return ArabicTokenizer.tokenize(input).stream().map(Token::text).toList();
    }

    @Test
    void splitsArabicWordsOnSpacesAndPunctuation() {
        assertThat(texts("وقف إطلاق النار في كاراباخ.. وأذربيجان تجري مفاوضات غدا!"))
                .containsExactly("وقف", "إطلاق", "النار", "في", "كاراباخ", "وأذربيجان", "تجري", "مفاوضات", "غدا");
    }

    @Test
    void offsetsPointIntoTheInput() {
        String input = "  قال @gadaennab: «اليوم» ";
        for (Token token : ArabicTokenizer.tokenize(input)) {
            assertThat(input.substring(token.start(), token.end()))
                    .as(token.toString())
                    .isEqualTo(token.text());
        }
        assertThat(ArabicTokenizer.tokenize(input))
                .extracting(Token::text, Token::start, Token::type)
                .containsExactly(
                        tuple("قال", 2, TokenType.ARABIC),
                        tuple("@gadaennab", 6, TokenType.HANDLE),
                        tuple("اليوم", 19, TokenType.ARABIC));
    }

    @Test
    void keepsNumbersWholeInAnyScript() {
        assertThat(ArabicTokenizer.tokenize("أجلي 2,116 مدنيا و١٠٤٩ طفلا بنسبة ٣٫٥ في 20/9/2023"))
                .filteredOn(t -> t.type() == TokenType.NUMBER)
                .extracting(Token::text)
                .containsExactly("2,116", "١٠٤٩", "٣٫٥", "20/9/2023");
    }

    @Test
    void keepsLatinWordsHashtagsHandlesUrlsAndEmailsWhole() {
        String input = "نشرت Reuters عبر #وقف_إطلاق_النار و@AFP_ar الرابط https://example.com/a?b=1، "
                + "وكتب press@example.org وشاهد www.example.net/ar.";
        assertThat(ArabicTokenizer.tokenize(input))
                .filteredOn(t -> t.type() != TokenType.ARABIC)
                .extracting(Token::text, Token::type)
                .containsExactly(
                        tuple("Reuters", TokenType.LATIN),
                        tuple("#وقف_إطلاق_النار", TokenType.HASHTAG),
                        tuple("@AFP_ar", TokenType.HANDLE),
                        tuple("https://example.com/a?b=1", TokenType.URL),
                        tuple("press@example.org", TokenType.EMAIL),
                        tuple("www.example.net/ar", TokenType.URL));
    }

    @Test
    void keepsDiacriticsTatweelAndJoinersInsideAWord() {
        assertThat(texts("مُحَمَّدٌ الأخبـــار كارا\u200Cباخ\u200F ثم"))
                .containsExactly("مُحَمَّدٌ", "الأخبـــار", "كارا\u200Cباخ", "ثم");
    }

    @Test
    void separatesArabicFromLatinAndDigitsGluedToIt() {
        assertThat(ArabicTokenizer.tokenize("كوفيد19 وCNN"))
                .extracting(Token::text, Token::type)
                .containsExactly(
                        tuple("كوفيد", TokenType.ARABIC),
                        tuple("19", TokenType.NUMBER),
                        tuple("و", TokenType.ARABIC),
                        tuple("CNN", TokenType.LATIN));
    }

    @Test
    void emptyAndPunctuationOnlyTextHaveNoTokens() {
        assertThat(ArabicTokenizer.tokenize("")).isEmpty();
        assertThat(ArabicTokenizer.tokenize(" ،؛؟!.. \u200F")).isEmpty();
    }
}
