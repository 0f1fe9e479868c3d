package dev.marsad.arabic;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Normalises Arabic text with a chosen set of {@link NormalizationRule}s in one pass over the
 * chars (a table look-up per char; no regular expressions). Instances are immutable and thread-safe.
 *
 * <p>Three presets serve the rest of Marsad:
 *
 * <ul>
 *   <li>{@link #SEARCH}: every rule; the index key. "الأُسْـبوعُ" → "الاسبوع", "مسؤولى" → "مسوولي".
 *   <li>{@link #MATCHING}: letter-form folding for names and tags that keeps ة and ى and punctuation:
 *       "أرمينيا" and "ارمينيا" meet, "مدرسة" stays.
 *   <li>{@link #DISPLAY}: non-destructive; only invisible chars go and presentation forms become
 *       letters. Safe for text shown to readers.
 * </ul>
 *
 * <p>Every result is idempotent: {@code normalize(normalize(s)).equals(normalize(s))}. Chars outside
 * the rules (including unpaired surrogates) pass through unchanged.
 */
public final class ArabicNormalizer {

    /** The index key: all rules. */
    public static final ArabicNormalizer SEARCH = of(EnumSet.allOf(NormalizationRule.class));

    /** Names and tags: letter forms, digits and Latin case folded; ة, ى and punctuation kept. */
    public static final ArabicNormalizer MATCHING = of(EnumSet.of(
            NormalizationRule.PRESENTATION_FORMS,
            NormalizationRule.INVISIBLE_CHARACTERS,
            NormalizationRule.TATWEEL,
            NormalizationRule.DIACRITICS,
            NormalizationRule.ALEF_FORMS,
            NormalizationRule.HAMZA_CARRIERS,
            NormalizationRule.PERSIAN_LETTERS,
            NormalizationRule.DIGITS,
            NormalizationRule.LATIN_CASE));

    /** Display text: only invisible chars and presentation forms; never destructive. */
    public static final ArabicNormalizer DISPLAY =
            of(EnumSet.of(NormalizationRule.PRESENTATION_FORMS, NormalizationRule.INVISIBLE_CHARACTERS));

    private final Set<NormalizationRule> rules;
    private final CharTable table;
    private final int maxExpansion;

    private ArabicNormalizer(Set<NormalizationRule> rules) {
        this.rules = Collections.unmodifiableSet(EnumSet.copyOf(rules));
        var t = new CharTable();
        for (NormalizationRule rule : rules) rule.addTo(t);
        this.table = t.close();
        this.maxExpansion = t.maxExpansion();
    }

    /**
     * A normaliser that applies exactly {@code rules} (possibly none).
     *
     * @throws NullPointerException if {@code rules} is null
     */
    public static ArabicNormalizer of(Set<NormalizationRule> rules) {
        Objects.requireNonNull(rules, "rules");
        return new ArabicNormalizer(rules.isEmpty() ? EnumSet.noneOf(NormalizationRule.class) : rules);
    }

    /** The rules this normaliser applies. */
    public Set<NormalizationRule> rules() {
        return rules;
    }

    /**
     * The normalised form of {@code text}. Returns the same content (a new or the given string) when
     * nothing changes.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        int first = firstChange(text, length);
        if (first == length) return text.toString();
        var out = new StringBuilder(length);
        out.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            char m = table.map(c);
            if (m == c) out.append(c);
            else if (m == CharTable.EXPAND) out.append(table.expansion(c));
            else if (m != CharTable.DELETE) out.append(m);
        }
        return out.toString();
    }

    private int firstChange(CharSequence text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (table.map(c) != c) return i;
        }
        return length;
    }

    /**
     * Normalises {@code source[0, length)} into {@code target} and returns the number of chars
     * written. {@code target} may be {@code source} itself when no rule expands (no {@link
     * NormalizationRule#PRESENTATION_FORMS}); otherwise it must hold {@code length × }{@link
     * #maxExpansion()} chars. Used by the Lucene filters to avoid a string per token.
     *
     * @throws IllegalArgumentException if {@code target} is too small for the worst case, or is
     *     {@code source} while a rule expands
     */
    public int normalize(char[] source, int length, char[] target) {
        if (target == source && maxExpansion > 1) {
            throw new IllegalArgumentException("normalize: in place only without expanding rules, have " + rules);
        }
        if (target != source && target.length < (long) length * maxExpansion) {
            throw new IllegalArgumentException("normalize: target holds " + target.length + " chars, needs "
                    + (long) length * maxExpansion + " for " + length + " source chars");
        }
        int written = 0;
        for (int i = 0; i < length; i++) {
            char c = source[i];
            char m = table.map(c);
            if (m == c) target[written++] = c;
            else if (m == CharTable.EXPAND) written = appendExpansion(table.expansion(c), target, written);
            else if (m != CharTable.DELETE) target[written++] = m;
        }
        return written;
    }

    /**
     * Normalises {@code buffer[0, length)} in place and returns the new length, or -1 (buffer
     * untouched) when it holds a char that expands (a presentation form): then use {@link
     * #normalize(char[], int, char[])}. Allocates nothing; the Lucene filter's fast path.
     */
    public int normalizeInPlace(char[] buffer, int length) {
        int first = -1;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char m = table.map(c);
            if (m == c) continue;
            if (m == CharTable.EXPAND) return -1;
            if (first < 0) first = i;
        }
        if (first < 0) return length;
        int written = first;
        for (int i = first; i < length; i++) {
            char c = buffer[i];
            char m = table.map(c);
            if (m == c) buffer[written++] = c;
            else if (m != CharTable.DELETE) buffer[written++] = m;
        }
        return written;
    }

    private static int appendExpansion(String expansion, char[] target, int at) {
        expansion.getChars(0, expansion.length(), target, at);
        return at + expansion.length();
    }

    /** The most chars one input char can become (1 unless presentation forms are expanded). */
    public int maxExpansion() {
        return maxExpansion;
    }

    @Override
    public String toString() {
        return "ArabicNormalizer" + rules;
    }
}
