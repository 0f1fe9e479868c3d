package dev.marsad.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many words of one text are found, in order, in another, counted as the labelled
 * near-duplicate sets count them: the Ratcliff/Obershelp matching blocks (the longest common run,
 * then the same on each side of it, recursively), as Python's {@code difflib.SequenceMatcher}
 * finds them with no junk heuristic. Unlike a longest common subsequence, scattered shared
 * particles do not add up: a word counts only inside a run the two texts keep in the same order.
 */
final class MatchingBlocks {

    private final int[] a;
    private final int[] b;
    /** The positions of each word in b, ascending. */
    private final Map<Integer, int[]> positions;

    private MatchingBlocks(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        var lists = new HashMap<Integer, List<Integer>>();
        for (int j = 0; j < b.length; j++)
            lists.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        this.positions = new HashMap<>();
        lists.forEach((w, js) ->
                positions.put(w, js.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The number of words of {@code a} in the matching blocks of {@code a} and {@code b}. */
    static int matched(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        return new MatchingBlocks(a, b).total();
    }

    private int total() {
        int total = 0;
        var queue = new ArrayDeque<int[]>();
        queue.push(new int[] {0, a.length, 0, b.length});
        int[] last = new int[b.length + 1];
        int[] next = new int[b.length + 1];
        while (!queue.isEmpty()) {
            int[] range = queue.pop();
            int[] longest = longest(range[0], range[1], range[2], range[3], last, next);
            int i = longest[0];
            int j = longest[1];
            int k = longest[2];
            if (k == 0) continue;
            total += k;
            if (range[0] < i && range[2] < j) queue.push(new int[] {range[0], i, range[2], j});
            if (i + k < range[1] && j + k < range[3]) queue.push(new int[] {i + k, range[1], j + k, range[3]});
        }
        return total;
    }

    /**
     * The longest run a[i..i+k) = b[j..j+k) within the ranges, the earliest in a, then in b:
     * {i, j, k}. {@code last} and {@code next} are scratch rows of run lengths ending at each j
     * (index j + 1), all zero on entry and on return.
     */
    private int[] longest(int alo, int ahi, int blo, int bhi, int[] last, int[] next) {
        int bestI = alo;
        int bestJ = blo;
        int bestK = 0;
        var touched = new ArrayList<Integer>();
        var touchedNext = new ArrayList<Integer>();
        for (int i = alo; i < ahi; i++) {
            int[] js = positions.get(a[i]);
            if (js != null)
                for (int j : js) {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    int k = last[j] + 1;
                    next[j + 1] = k;
                    touchedNext.add(j + 1);
                    if (k > bestK) {
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                        bestK = k;
                    }
                }
            for (int t : touched) last[t] = 0;
            touched.clear();
            for (int t : touchedNext) {
                last[t] = next[t];
                next[t] = 0;
            }
            var swap = touched;
            touched = touchedNext;
            touchedNext = swap;
        }
        for (int t : touched) last[t] = 0;
        return new int[] {bestI, bestJ, bestK};
    }
}
