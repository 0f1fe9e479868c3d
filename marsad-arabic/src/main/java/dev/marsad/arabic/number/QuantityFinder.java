package dev.marsad.arabic.number;

import dev.marsad.arabic.text.AnalyzedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds quantities in Arabic running text: a number (digits of any script with separators, number
 * words, or both), an approximation word before it (نحو، حوالي، قرابة، أكثر من، ما يقارب) and the
 * noun it counts as its unit. Example: {@code "أجلت نحو 2000 شخص"} → value 2000, unit {@code
 * شخص}, approximate.
 *
 * <p>Numbers that belong to dates are the caller's to exclude: pass the spans of the date
 * mentions ({@code dev.marsad.arabic.date.ArabicDateFinder}) as {@code excluded}. Digits joined by
 * {@code / : -} without spaces (20/9, 14:05, 3-1) are dates, times, ratios or scores and are never
 * read as quantities.
 *
 * <p>Stateless and thread-safe; one pass over the tokens.
 */
public final class QuantityFinder {

    /** Separators that make a run of digits a date, time, ratio or score rather than a quantity. */
    private static final String NON_QUANTITY_SEPARATORS = "/:-";
    /** Per cent signs, Latin and Arabic. */
    private static final String PERCENT_SIGNS = "%\u066A";

    private static final String PERCENT_UNIT = "%";

    /** Finds all quantities of a text. */
    public List<Quantity> find(String text) {
        return find(text, List.of());
    }

    /**
     * Finds the quantities of a text outside the excluded spans.
     *
     * @param text any string; never null
     * @param excluded spans whose numbers are not quantities (date mentions); may be empty
     * @return the quantities in text order, not overlapping
     */
    public List<Quantity> find(String text, List<Span> excluded) {
        Objects.requireNonNull(text, "text");
        return find(AnalyzedText.of(text), excluded);
    }

    /**
     * {@link #find(String, List)} on a text analysed already (its tokens are read, not made again).
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Quantity> find(AnalyzedText analyzed, List<Span> excluded) {
        Objects.requireNonNull(analyzed, "analyzed");
        String text = analyzed.text();
        ExcludedSpans skip = new ExcludedSpans(List.copyOf(excluded));
        List<Token> tokens = TokenScanner.scan(analyzed);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).isNumber() && isDigitPattern(tokens, i)) {
                i = skipDigitPattern(tokens, i);
                continue;
            }
            Optional<NumberWords.Match> number =
                    skip.overlaps(tokens.get(i)) ? Optional.empty() : NumberWords.cardinalAt(tokens, i);
            if (number.isEmpty()
                    || overlapsExcluded(skip, tokens, i, number.get().tokenCount())) {
                i++;
                continue;
            }
            int next = new QuantityBuilder(text, tokens, skip)
                    .build(i, number.get())
                    .map(q -> {
                        found.add(q.quantity());
                        return q.nextToken();
                    })
                    .orElse(i + 1);
            i = Math.max(next, i + 1);
        }
        return List.copyOf(found);
    }

    static boolean isPercentSign(Token t) {
        return t.kind() == Token.Kind.SYMBOL && PERCENT_SIGNS.indexOf(t.form().charAt(0)) >= 0;
    }

    static String percentUnit() {
        return PERCENT_UNIT;
    }

    private static boolean isDigitPattern(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) return false;
        Token sep = tokens.get(i + 1), next = tokens.get(i + 2);
        return sep.kind() == Token.Kind.SYMBOL
                && NON_QUANTITY_SEPARATORS.indexOf(sep.form().charAt(0)) >= 0
                && !sep.spaceBefore()
                && !next.spaceBefore()
                && next.isNumber();
    }

    private static int skipDigitPattern(List<Token> tokens, int i) {
        int j = i;
        while (isDigitPattern(tokens, j)) j += 2;
        return j + 1;
    }

    private static boolean overlapsExcluded(ExcludedSpans skip, List<Token> tokens, int from, int count) {
        for (int k = from; k < from + count; k++) if (skip.overlaps(tokens.get(k))) return true;
        return false;
    }

    /** A value of exactly zero from words alone is never a quantity worth reporting. */
    static boolean isReportable(BigDecimal value) {
        return value.signum() > 0;
    }
}
