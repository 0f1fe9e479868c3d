package dev.marsad.arabic.number;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Spans to leave out, sorted for a binary search per token (a long text has thousands of dates). */
final class ExcludedSpans {

    private final int[] starts;
    /** Running maximum of the ends, so overlapping spans in any order are handled. */
    private final int[] maxEnds;

    ExcludedSpans(List<Span> spans) {
        Span[] sorted = spans.toArray(Span[]::new);
        Arrays.sort(sorted, Comparator.comparingInt(Span::start));
        starts = new int[sorted.length];
        maxEnds = new int[sorted.length];
        int max = 0;
        for (int k = 0; k < sorted.length; k++) {
            starts[k] = sorted[k].start();
            max = Math.max(max, sorted[k].end());
            maxEnds[k] = max;
        }
    }

    /** Whether [start, end) shares a character with an excluded span. */
    boolean overlaps(int start, int end) {
        // Among the spans starting before end, one overlaps iff the largest end among them is past start.
        int low = 0, high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < end) low = mid + 1;
            else high = mid;
        }
        return low > 0 && maxEnds[low - 1] > start;
    }

    boolean overlaps(Token t) {
        return overlaps(t.start(), t.end());
    }
}
