package dev.marsad.arabic.number;

/**
 * A range of characters of a text, {@code [start, end)}; used to keep numbers that belong to
 * another expression (a date) out of the quantities.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** Whether the two ranges share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && start < otherEnd;
    }
}
