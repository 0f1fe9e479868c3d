package dev.marsad.arabic;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The compiled form of a set of {@link NormalizationRule}s: one entry per UTF-16 code unit saying
 * keep, delete, replace by one char, or expand (presentation forms). Built once per normaliser so
 * that normalising is a single table look-up per char.
 */
final class CharTable {

    /** Entry meaning "drop this char". U+FFFF is a noncharacter; it maps to itself, see {@link #map}. */
    static final char DELETE = '\uFFFF';

    /** Entry meaning "look the char up in the expansions". U+FFFE is a noncharacter too. */
    static final char EXPAND = '\uFFFE';

    private final char[] table = new char[Character.MAX_VALUE + 1];
    private final String[] expansions = new String[Character.MAX_VALUE + 1];

    CharTable() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) table[c] = (char) c;
    }

    void replace(char from, char to) {
        table[from] = to;
    }

    void replaceRange(char first, char last, char firstTarget) {
        for (char c = first; c <= last; c++) table[c] = (char) (firstTarget + (c - first));
    }

    void delete(char c) {
        table[c] = DELETE;
    }

    void deleteRange(char first, char last) {
        for (char c = first; c <= last; c++) table[c] = DELETE;
    }

    /** Marks every char in the range whose NFKC form differs from it as an expansion. */
    void expandNfkc(char first, char last) {
        for (char c = first; c <= last; c++) {
            if (table[c] != c) continue; // another rule (e.g. the BOM as an invisible char) wins
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (!nfkc.equals(String.valueOf(c))) {
                table[c] = EXPAND;
                expansions[c] = nfkc;
            }
        }
    }

    /**
     * Resolves chains (ۃ → ة → ه) so that every replacement target maps to itself and expansions
     * hold already-mapped chars: this is what makes normalisation idempotent.
     */
    CharTable close() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char target = table[c];
            int guard = 0;
            while (isReplacement(c, target) && table[target] != target && guard++ < 8) target = table[target];
            table[c] = target;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (expansions[c] != null) expansions[c] = mapAll(expansions[c]);
        }
        return this;
    }

    private boolean isReplacement(int c, char target) {
        return target != c && target != DELETE && target != EXPAND;
    }

    private String mapAll(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = map(c);
            if (m == c || m == EXPAND) out.append(c);
            else if (m != DELETE) out.append(m);
        }
        return out.toString();
    }

    /** The entry for {@code c}: itself, a replacement, {@link #DELETE} or {@link #EXPAND}. */
    char map(char c) {
        return table[c];
    }

    String expansion(char c) {
        return expansions[c];
    }

    int maxExpansion() {
        return Arrays.stream(expansions)
                .filter(e -> e != null)
                .mapToInt(String::length)
                .max()
                .orElse(1);
    }
}
