package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Folding lower-cases in the same pass, exactly as lower-casing the folded string afterwards. */
class FoldedTextTest {

    /** The definition: fold (drop marks, unify alef and yeh, collapse space), then lower-case. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            boolean dropped = (c >= '\u064B' && c <= '\u065F')
                    || c == '\u0670'
                    || c == '\u0640'
                    || (c >= '\u200B' && c <= '\u200F')
                    || c == '\u061C'
                    || c == '\uFEFF';
            if (dropped) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(
                    switch (c) {
                        case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                        case '\u0649' -> '\u064A';
                        default -> c;
                    });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void foldsReadAlsoSpellingsToOneForm() {
        assertThat(FoldedText.fold("  إقرأ   أيضاً ")).isEqualTo(FoldedText.fold("اقرأ ايضا"));
        assertThat(FoldedText.fold("Read ALSO")).isEqualTo("read also");
    }

    @Test
    void foldsEveryCharacterAsTheReferenceDoesInAnyPosition() {
        for (int c = 0; c < 0x10000; c++) {
            String s = String.valueOf((char) c);
            for (String t : new String[] {s, "a" + s, s + "b", "x " + s + "y", "\u0628" + s}) {
                assertThat(FoldedText.fold(t)).as("U+%04X in '%s'", c, t).isEqualTo(reference(t));
            }
        }
    }

    @Test
    void countsEveryCharacterThatIsNeitherSpaceNorNoBreakSpace() {
        for (int c = 0; c < 0x10000; c++) {
            boolean space = Character.isWhitespace(c) || c == 0xA0;
            assertThat(TextStats.nonSpace("a" + (char) c + " ")).as("U+%04X", c).isEqualTo(space ? 1 : 2);
        }
    }

    @Test
    void collapsesEveryKindOfSpaceAndKeepsEveryOtherCharacter() {
        for (int c = 0; c < 0x10000; c++) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            String text = " a" + (char) c + "b ";
            assertThat(Whitespace.collapse(text)).as("U+%04X", c).isEqualTo(space ? "a b" : "a" + (char) c + "b");
        }
    }

    @Test
    void appendsTextAsJsoupNormalisesATextNode() {
        Random random = new Random(5);
        char[] alphabet = "ab \t\n\f\r\u00A0\u200B\u00AD\u2003\u000Bخبر".toCharArray();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder raw = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) raw.append(alphabet[random.nextInt(alphabet.length)]);
            StringBuilder out = new StringBuilder("x");
            Whitespace.appendNormalised(out, raw.toString());
            assertThat(out.toString()).as("'%s'", raw).isEqualTo("x" + new TextNode(raw.toString()).text());
        }
    }

    @Test
    void foldsRandomMixedTextAsTheReference() {
        Random random = new Random(42);
        char[] alphabet = "aZ \u00A0\t\nÄİΣσ\u0627\u0623\u0649\u064B\u0640\u200F\uFEFFxY.,،\uD801\uDC00ß".toCharArray();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String t = sb.toString();
            assertThat(FoldedText.fold(t)).as("'%s'", t).isEqualTo(reference(t));
        }
    }
}
