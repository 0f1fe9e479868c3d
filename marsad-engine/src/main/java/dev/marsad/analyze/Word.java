package dev.marsad.analyze;

/**
 * One word of a text with its place: {@code text.substring(start, end)} is {@code surface}.
 *
 * @param surface the word as written
 * @param norm its normal form ({@link ArabicForms#normalize})
 * @param start offset of its first character
 * @param end offset after its last character
 * @param gap the non-space characters between the previous word and this one ("،", "«", "")
 */
record Word(String surface, String norm, int start, int end, String gap) {

    /** Whether only spaces separate this word from the previous one. */
    boolean isJoinedToPrevious() {
        return gap.isEmpty();
    }

    /** Whether the gap before this word holds only opening quotes or brackets. */
    boolean followsOpeningQuote() {
        return !gap.isEmpty() && gap.chars().allMatch(c -> OPENING.indexOf(c) >= 0);
    }

    /** Whether the gap before this word holds only closing quotes or brackets. */
    boolean followsClosingQuote() {
        return !gap.isEmpty() && gap.chars().allMatch(c -> CLOSING.indexOf(c) >= 0);
    }

    private static final String OPENING = "«\"“'(‘[";
    private static final String CLOSING = "»\"”')’]";
}
