package dev.marsad.bench;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.arabic.token.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story baselines the bench reports beside Marsad, each a single-link clustering (connected
 * components) over all pairs of articles, so none depends on the order of the articles:
 *
 * <ul>
 *   <li>title similarity, as feed readers group headlines (NewsBlur-like): the Jaccard overlap of
 *       the titles' stems;
 *   <li>TF-IDF single link: the cosine of TF-IDF vectors of title and body stems, IDF over the
 *       articles clustered.
 * </ul>
 *
 * Thresholds were chosen once on the development part and are fixed.
 */
final class StoryBaselines {

    /** Title stem Jaccard at or above which two headlines are one story. */
    static final double TITLE_MIN_JACCARD = 0.3;
    /** TF-IDF cosine at or above which two articles are one story. */
    static final double TFIDF_MIN_COSINE = 0.3;

    private StoryBaselines() {}

    /** Story of each article by title similarity. */
    static Map<String, String> byTitle(List<StoriesData.Labelled> articles) {
        var titles = new ArrayList<Set<String>>();
        for (StoriesData.Labelled a : articles)
            titles.add(new HashSet<>(stems(a.analyzed().texts().title())));
        var components = new Components(articles.size());
        for (int i = 0; i < titles.size(); i++)
            for (int j = i + 1; j < titles.size(); j++)
                if (jaccard(titles.get(i), titles.get(j)) >= TITLE_MIN_JACCARD) components.join(i, j);
        return components.labels(articles);
    }

    /** Story of each article by TF-IDF single link. */
    static Map<String, String> byTfIdf(List<StoriesData.Labelled> articles) {
        var counts = new ArrayList<Map<String, Integer>>();
        var documentFrequency = new HashMap<String, Integer>();
        for (StoriesData.Labelled a : articles) {
            var tf = new HashMap<String, Integer>();
            for (String s : stems(a.analyzed().texts().title())) tf.merge(s, 1, Integer::sum);
            for (AnalyzedText p : a.analyzed().texts().paragraphs())
                for (String s : stems(p)) tf.merge(s, 1, Integer::sum);
            counts.add(tf);
            for (String s : tf.keySet()) documentFrequency.merge(s, 1, Integer::sum);
        }
        var vectors = new ArrayList<Map<String, Double>>();
        for (Map<String, Integer> tf : counts) {
            var v = new HashMap<String, Double>();
            double norm = 0;
            for (var e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue()))
                        * Math.log((double) articles.size() / documentFrequency.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            if (length > 0) v.replaceAll((k, w) -> w / length);
            vectors.add(v);
        }
        var components = new Components(articles.size());
        for (int i = 0; i < vectors.size(); i++)
            for (int j = i + 1; j < vectors.size(); j++)
                if (dot(vectors.get(i), vectors.get(j)) >= TFIDF_MIN_COSINE) components.join(i, j);
        return components.labels(articles);
    }

    /** The light stems of a text's words, without stop words and one-letter tokens. */
    private static List<String> stems(AnalyzedText text) {
        var stems = new ArrayList<String>();
        for (int i = 0; i < text.size(); i++)
            if ((text.type(i) == TokenType.ARABIC || text.type(i) == TokenType.LATIN)
                    && !text.isStopWord(i)
                    && text.form(i).length() > 1) stems.add(text.stem(i));
        return stems;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String s : a) if (b.contains(s)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return dot(b, a);
        double sum = 0;
        for (var e : a.entrySet()) sum += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return sum;
    }

    /** Union-find over article positions. */
    private static final class Components {
        private final int[] parent;

        Components(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int root(int i) {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        void join(int i, int j) {
            int a = root(i);
            int b = root(j);
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }

        Map<String, String> labels(List<StoriesData.Labelled> articles) {
            var labels = new HashMap<String, String>();
            for (int i = 0; i < articles.size(); i++)
                labels.put(articles.get(i).id(), articles.get(root(i)).id());
            return labels;
        }
    }
}
