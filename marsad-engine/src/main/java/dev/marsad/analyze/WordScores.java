package dev.marsad.analyze;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The tag scores of the features that depend on one word alone ({@link NerFeatures#scores}), kept
 * per model across texts: most words of a news text are among a few thousand, so most are scored
 * once. Bounded: when {@link #MAX_WORDS} are kept, the cache starts again empty. Thread-safe.
 */
final class WordScores {

    /** Most distinct words kept (a word's scores are 45 floats: about 14 MB when full). */
    static final int MAX_WORDS = 50_000;

    private final ConcurrentHashMap<String, float[]> scores = new ConcurrentHashMap<>();

    /** The scores kept for {@code key}, computed by {@code compute} when there are none. */
    float[] get(String key, Supplier<float[]> compute) {
        float[] kept = scores.get(key);
        if (kept != null) return kept;
        if (scores.size() >= MAX_WORDS) scores.clear();
        float[] made = compute.get();
        scores.putIfAbsent(key, made);
        return made;
    }
}
