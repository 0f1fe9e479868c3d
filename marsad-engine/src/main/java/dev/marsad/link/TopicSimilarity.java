package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly two articles are about the same event, from 0 to 1: a weighted mix of the named
 * entities they share (people and organisations weigh more than places, which many unrelated
 * stories share), the tags they share, and the cosine of their title-and-body word vectors.
 */
final class TopicSimilarity {

    /** Weight of each signal in the score; they sum to 1. */
    static final double ENTITY_WEIGHT = 0.35;

    static final double TAG_WEIGHT = 0.15;
    static final double TEXT_WEIGHT = 0.50;
    /** Title words count this many times in the word vector: a headline states the event. */
    private static final int TITLE_REPEAT = 3;
    /** Words this short are mostly particles and pronouns. */
    private static final int MIN_WORD_LENGTH = 3;

    private TopicSimilarity() {}

    static double score(AnalyzedArticle a, AnalyzedArticle b) {
        return of(a).score(b);
    }

    /** One article's side of the comparison, computed once for comparing it with many candidates. */
    static Profile of(AnalyzedArticle article) {
        return new Profile(entityWeights(article), tagKeys(article), wordVector(article));
    }

    /** An article's entities, tag keys and word vector. */
    record Profile(Map<String, Double> entities, Set<String> tags, Map<String, Integer> words) {

        /** The similarity of this article to another, from 0 to 1. */
        double score(AnalyzedArticle other) {
            return ENTITY_WEIGHT * weightedJaccard(entities, entityWeights(other))
                    + TAG_WEIGHT * jaccard(tags, tagKeys(other))
                    + TEXT_WEIGHT * cosine(words, wordVector(other));
        }
    }

    private static Map<String, Double> entityWeights(AnalyzedArticle article) {
        var weights = new HashMap<String, Double>();
        for (Entity e : article.entities())
            weights.put(
                    e.id(),
                    switch (e.type()) {
                        case PER -> 3.0;
                        case ORG -> 2.0;
                        case LOC -> 1.0;
                    });
        return weights;
    }

    private static Set<String> tagKeys(AnalyzedArticle article) {
        var keys = new HashSet<String>();
        for (Tag tag : article.tags()) keys.add(tag.key());
        return keys;
    }

    static Map<String, Integer> wordVector(AnalyzedArticle article) {
        var vector = new HashMap<String, Integer>();
        List<String> title = LinkText.titleWords(article);
        for (int i = 0; i < TITLE_REPEAT; i++) addWords(vector, title);
        addWords(vector, LinkText.bodyWords(article));
        return vector;
    }

    private static void addWords(Map<String, Integer> vector, List<String> words) {
        for (String w : words)
            if (w.length() >= MIN_WORD_LENGTH && !LinkText.isStopWord(w)) vector.merge(w, 1, Integer::sum);
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double dot = 0;
        for (var e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) dot += (double) e.getValue() * other;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int x : v.values()) sum += (double) x * x;
        return Math.sqrt(sum);
    }

    private static double weightedJaccard(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double common = 0;
        double all = 0;
        var keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            double x = a.getOrDefault(k, 0.0);
            double y = b.getOrDefault(k, 0.0);
            common += Math.min(x, y);
            all += Math.max(x, y);
        }
        return common / all;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        var common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
