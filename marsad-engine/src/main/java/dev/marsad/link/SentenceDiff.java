package dev.marsad.link;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a copy changed in its original, sentence by sentence: the copy's sentences that the
 * original does not have (added) and the original's that the copy does not have (cut). A sentence
 * is kept when most of its word pairs (light stems, as {@link CopyText} reads them) are found
 * anywhere in the other text, so a sentence that the other splits in two, joins to its neighbour,
 * moves or rewords lightly is neither added nor cut.
 */
final class SentenceDiff {

    /** Share of a sentence's word pairs found in the other text below which it is the copy's own (or cut). */
    static final double MIN_KEPT = 0.5;

    private SentenceDiff() {}

    /** The sentences added and cut, each in its text's order, as written. */
    record Changes(List<String> added, List<String> cut) {
        Changes {
            added = List.copyOf(added);
            cut = List.copyOf(cut);
        }
    }

    /** The changes from the original's paragraphs to the copy's. */
    static Changes of(List<AnalyzedText> original, List<AnalyzedText> copy) {
        List<CopyText.Sentence> from = CopyText.sentences(original);
        List<CopyText.Sentence> to = CopyText.sentences(copy);
        long[] fromPairs = pairSet(from);
        long[] toPairs = pairSet(to);
        return new Changes(missing(to, fromPairs), missing(from, toPairs));
    }

    /** The sentences of {@code text} that are mostly not in the other text's word pairs, as written. */
    private static List<String> missing(List<CopyText.Sentence> text, long[] otherPairs) {
        var result = new ArrayList<String>();
        for (CopyText.Sentence s : text) {
            long[] own = pairSet(List.of(s));
            if (own.length == 0) continue;
            int found = 0;
            for (long p : own) if (Arrays.binarySearch(otherPairs, p) >= 0) found++;
            if ((double) found / own.length < MIN_KEPT) result.add(s.display());
        }
        return result;
    }

    /** The distinct word pairs of sentences (a one-word sentence is its word), sorted. */
    private static long[] pairSet(List<CopyText.Sentence> sentences) {
        var pairs = new ArrayList<Long>();
        for (CopyText.Sentence s : sentences) {
            long previous = 0;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                long word = MinHash.hash(s.text().stem(i));
                if (i > s.firstToken()) pairs.add(previous * 31 + word);
                else if (s.endToken() - s.firstToken() == 1) pairs.add(word);
                previous = word;
            }
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }
}
