package dev.marsad.analyze;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a labelled training corpus, as features for the tagger: which names were tagged
 * with which type, and how often each word was part of a name of each type. Built by {@link
 * NerTrainer} from the training part only (and, for the training sentences themselves, from the
 * other folds, so that the model does not learn to trust it more than it deserves on new text).
 */
final class NameLexicon {

    /** Longest name matched, in words. */
    private static final int MAX_WORDS = 5;

    /** Fewest occurrences of a word before its share of names is a feature. */
    private static final int MIN_OCCURRENCES = 2;

    static final NameLexicon EMPTY = new NameLexicon(Map.of(), Map.of());

    /** Name phrase ({@link #phrase}) → type of most of its tagged occurrences. */
    private final Map<String, String> names;
    /** Word (bare form) → "TYPE:share" where share is low, mid or high. */
    private final Map<String, String> words;
    /** First word of a name → most words of a name starting with it. */
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();

    NameLexicon(Map<String, String> names, Map<String, String> words) {
        this.names = new HashMap<>(names);
        this.words = new HashMap<>(words);
        for (String name : names.keySet()) {
            String[] parts = name.split(" ");
            longestByFirstWord.merge(parts[0], parts.length, Math::max);
        }
    }

    /** Collects names from sentences whose words carry gold tags. */
    static NameLexicon of(List<List<Word>> sentences, List<int[]> tags) {
        var nameVotes = new HashMap<String, Map<String, Integer>>();
        var wordCounts = new HashMap<String, int[]>();
        List<String> types = List.of("PER", "LOC", "ORG", "MISC");
        for (int s = 0; s < sentences.size(); s++) {
            List<Word> w = sentences.get(s);
            int[] t = tags.get(s);
            for (int i = 0; i < w.size(); i++) {
                int[] counts = wordCounts.computeIfAbsent(ClusterTrainer.clusterForm(w.get(i)), k -> new int[5]);
                counts[0]++;
                if (t[i] > 0) counts[1 + (t[i] - 1) / 2]++;
                if (t[i] % 2 == 1) {
                    int end = i + 1;
                    while (end < w.size() && t[end] == t[i] + 1) end++;
                    nameVotes
                            .computeIfAbsent(phrase(w, i, end), k -> new HashMap<>())
                            .merge(types.get((t[i] - 1) / 2), 1, Integer::sum);
                }
            }
        }
        var names = new HashMap<String, String>();
        nameVotes.forEach((phrase, votes) -> names.put(
                phrase,
                votes.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey()));
        var words = new HashMap<String, String>();
        wordCounts.forEach((word, c) -> {
            if (c[0] < MIN_OCCURRENCES) return;
            int best = 1;
            for (int k = 2; k < 5; k++) if (c[k] > c[best]) best = k;
            if (c[best] == 0) return;
            double share = (double) c[best] / c[0];
            words.put(word, types.get(best - 1) + ":" + (share < 0.3 ? "low" : share < 0.7 ? "mid" : "high"));
        });
        return new NameLexicon(names, words);
    }

    /** A name's words: the first without proclitics, the rest as written (normalised). */
    static String phrase(List<Word> words, int first, int end) {
        var b = new StringBuilder(ClusterTrainer.clusterForm(words.get(first)));
        for (int k = first + 1; k < end; k++) b.append(' ').append(words.get(k).norm());
        return b.toString();
    }

    /** B-TYPE / I-TYPE where a known name starts or continues (longest first), "-" elsewhere. */
    String[] nameTags(List<Word> w) {
        String[] tags = new String[w.size()];
        Arrays.fill(tags, "-");
        if (names.isEmpty()) return tags;
        for (int i = 0; i < w.size(); i++) {
            int longest = longestByFirstWord.getOrDefault(ClusterTrainer.clusterForm(w.get(i)), 0);
            for (int n = Math.min(Math.min(MAX_WORDS, longest), w.size() - i); n >= 1; n--) {
                String type = names.get(phrase(w, i, i + n));
                if (type == null) continue;
                for (int k = i; k < i + n; k++) tags[k] = (k == i ? "B-" : "I-") + type;
                i += n - 1;
                break;
            }
        }
        return tags;
    }

    /** How many names it lists. */
    int size() {
        return names.size();
    }

    /** The word's type and share of names ("PER:high"), or "-". */
    String wordShare(String bare) {
        return words.getOrDefault(bare, "-");
    }

    void write(DataOutputStream out) throws IOException {
        writeMap(out, names);
        writeMap(out, words);
    }

    static NameLexicon read(DataInputStream in) throws IOException {
        return new NameLexicon(readMap(in), readMap(in));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (var e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = GzipBinary.bounded(in, "names", Integer.MAX_VALUE);
        var map = new HashMap<String, String>(GzipBinary.capacity(n));
        for (int i = 0; i < n; i++) map.put(in.readUTF(), in.readUTF());
        return map;
    }
}
