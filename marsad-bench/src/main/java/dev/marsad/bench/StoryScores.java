package dev.marsad.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** How a predicted grouping of stories compares with the gold: B-cubed. */
final class StoryScores {

    private StoryScores() {}

    /** B-cubed precision, recall and F1 (Bagga and Baldwin) over the gold ids. */
    record BCubed(double precision, double recall, double f1) {}

    /** B-cubed precision, recall and F1 over the gold ids; every gold id must have a prediction. */
    static BCubed bcubed(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Set<String>> goldClusters = clusters(gold);
        Map<String, Set<String>> predictedClusters = clusters(predicted);
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            String label = predicted.get(id);
            if (label == null) throw new IllegalArgumentException("no predicted story for article " + id);
            Set<String> g = goldClusters.get(gold.get(id));
            Set<String> c = new HashSet<>(predictedClusters.get(label));
            c.retainAll(gold.keySet());
            var both = new HashSet<>(c);
            both.retainAll(g);
            p += (double) both.size() / c.size();
            r += (double) both.size() / g.size();
        }
        p /= gold.size();
        r /= gold.size();
        return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** The clusters of an assignment, by label. */
    static Map<String, Set<String>> clusters(Map<String, String> assignment) {
        Map<String, Set<String>> clusters = new HashMap<>();
        assignment.forEach((id, cluster) ->
                clusters.computeIfAbsent(cluster, c -> new HashSet<>()).add(id));
        return clusters;
    }
}
