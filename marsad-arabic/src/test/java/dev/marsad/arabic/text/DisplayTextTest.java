package dev.marsad.arabic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10: control characters and bidi overrides from crawled pages must not reach a reader. */
class DisplayTextTest {

    @Test
    void removesRightToLeftOverrideThatWouldMirrorHeadline() {
        assertThat(DisplayText.clean("\u202Eالرئيس يزور Paris اليوم")).isEqualTo("الرئيس يزور Paris اليوم");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"202A", "202B", "202C", "202D", "202E"})
    void removesEveryEmbeddingAndOverride(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(DisplayText.clean("قبل" + c + "بعد")).as("U+" + hex).isEqualTo("قبلبعد");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0001", "0008", "000B", "000C", "001B", "001F", "007F", "0080", "0085", "009F"})
    void removesControlCharacters(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(DisplayText.clean("عنوان" + c + "خبر")).as("U+" + hex).isEqualTo("عنوانخبر");
    }

    @Test
    void keepsTabLineFeedAndCarriageReturn() {
        assertThat(DisplayText.clean("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
    }

    @Test
    void keepsDirectionMarksUsedInArabicText() {
        String text = "قال \u200FBBC\u200F إن \u200E2023\u200E \u061Cسنة";
        assertThat(DisplayText.clean(text)).isSameAs(text);
    }

    @Test
    void keepsBalancedIsolates() {
        String text = "زار \u2066Emmanuel Macron\u2069 بيروت و\u2068x\u2067y\u2069\u2069";
        assertThat(DisplayText.clean(text)).isSameAs(text);
    }

    @Test
    void removesIsolateOpenedButNeverClosed() {
        assertThat(DisplayText.clean("a\u2067b\u2066c\u2069d")).isEqualTo("ab\u2066c\u2069d");
    }

    @Test
    void removesPopWithoutOpener() {
        assertThat(DisplayText.clean("a\u2069b\u2066c\u2069")).isEqualTo("ab\u2066c\u2069");
    }

    @Test
    void removesNoncharactersAndLoneSurrogates() {
        assertThat(DisplayText.clean("a\uFFFEb\uFFFFc\uFDD0d\uD800e\uDC00f")).isEqualTo("abcdef");
        assertThat(DisplayText.clean("a" + new String(Character.toChars(0x1FFFE)) + "b"))
                .isEqualTo("ab");
    }

    @Test
    void keepsSupplementaryCharacters() {
        String emoji = "خبر \uD83D\uDCF0";
        assertThat(DisplayText.clean(emoji)).isSameAs(emoji);
    }

    @Test
    void randomTextKeepsItsInvariants() {
        Random random = new Random(20261206L);
        char[] alphabet =
                "ab عربي\u0001\u001F\u007F\u0085\u200E\u200F\u202A\u202C\u202E\u2066\u2067\u2068\u2069\uD83D\uDCF0\uFFFF\t\n"
                        .toCharArray();
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
            String input = text.toString();
            String clean = DisplayText.clean(input);
            assertThat(DisplayText.isClean(clean))
                    .as("clean(%s) is clean", input)
                    .isTrue();
            assertThat(DisplayText.clean(clean)).as("idempotent on %s", input).isEqualTo(clean);
            assertThat(clean.length()).as("never longer: %s", input).isLessThanOrEqualTo(input.length());
            assertThat(clean.chars().noneMatch(c -> c >= 0x202A && c <= 0x202E))
                    .as("no override left: %s", input)
                    .isTrue();
        }
    }
}
