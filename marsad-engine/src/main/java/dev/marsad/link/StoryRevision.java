package dev.marsad.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Re-partitions the canonical articles of the stories a new article touches, so that the result
 * does not depend on the order in which they arrived: average-link agglomerative clustering over
 * {@link TopicSimilarity}, where two articles further apart than {@link
 * StoryClusterer#STORY_WINDOW} are not similar at all (the same names a month apart are another
 * event). Two stories the new article bridges merge when their articles are close on average; a
 * story whose articles drifted apart splits. Pure: it reads profiles and returns labels; the
 * linker stores the result.
 *
 * <p>Clusters keep the story ids they came from where they can: each old id goes to the new
 * cluster holding most of its articles (the larger overlap first, then the smaller id); a cluster
 * left without one takes a fresh id from its earliest article.
 */
final class StoryRevision {

    /**
     * Average similarity between two clusters at or above which they are one story. Chosen on the
     * development part of the labelled set (see docs/benchmarks/link.md).
     */
    static final double MIN_AVERAGE_SIMILARITY = 0.16;
    /**
     * The most canonical articles one revision re-partitions: a revision costs the square of its
     * size; beyond this the article joins its most similar story without revision.
     */
    static final int MAX_ARTICLES = 80;

    /** An article to partition: its id, current story, publication instant and profile. */
    record Member(String id, String storyId, Instant published, LinkProfile profile) {
        Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(profile, "profile");
        }
    }

    private StoryRevision() {}

    /**
     * The story id of each member after revision: 1. pairwise similarities in time; 2.
     * average-link clusters; 3. stable labels.
     *
     * @param members the articles, in any order; the result does not depend on it
     * @param isTaken whether a fresh id is already used by a story outside the members
     * @return the story id of every member, by article id
     */
    static Map<String, String> revise(List<Member> members, Predicate<String> isTaken) {
        List<Member> sorted =
                members.stream().sorted(Comparator.comparing(Member::id)).toList();
        double[][] similarity = similarities(sorted); // 1
        List<List<Integer>> clusters = averageLink(similarity); // 2
        return label(sorted, clusters, isTaken); // 3
    }

    /** 1. Topic similarity of every two members, 0 when they are further apart than a story lasts. */
    static double[][] similarities(List<Member> members) {
        int n = members.size();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                Member a = members.get(i);
                Member b = members.get(j);
                boolean near =
                        Duration.between(a.published(), b.published()).abs().compareTo(StoryClusterer.STORY_WINDOW)
                                <= 0;
                s[i][j] = s[j][i] = near ? TopicSimilarity.score(a.profile(), b.profile()) : 0;
            }
        return s;
    }

    /**
     * 2. Agglomerative clustering: repeatedly merges the two clusters with the highest average
     * similarity between their members while it is at least {@link #MIN_AVERAGE_SIMILARITY}; of
     * equal averages, the pair with the smaller first positions. Members are positions in the
     * id-sorted list, so the result depends only on the set of members.
     */
    static List<List<Integer>> averageLink(double[][] similarity) {
        int n = similarity.length;
        var clusters = new ArrayList<List<Integer>>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        // sum of similarities between clusters i and j, kept up to date on each merge
        double[][] sum = new double[n][n];
        for (int i = 0; i < n; i++) sum[i] = similarity[i].clone();
        var alive = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) alive.add(i);
        while (alive.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = MIN_AVERAGE_SIMILARITY;
            for (int x = 0; x < alive.size(); x++)
                for (int y = x + 1; y < alive.size(); y++) {
                    int a = alive.get(x);
                    int b = alive.get(y);
                    double average = sum[a][b]
                            / ((double) clusters.get(a).size() * clusters.get(b).size());
                    if (average > best || (average == best && bestA < 0)) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            if (bestA < 0) break;
            clusters.get(bestA).addAll(clusters.get(bestB));
            for (int c : alive) {
                sum[bestA][c] += sum[bestB][c];
                sum[c][bestA] = sum[bestA][c];
            }
            alive.remove(Integer.valueOf(bestB));
        }
        var result = new ArrayList<List<Integer>>();
        for (int a : alive) result.add(clusters.get(a).stream().sorted().toList());
        return result;
    }

    /** 3. Old ids to the clusters that hold most of their articles; fresh ids for the rest. */
    private static Map<String, String> label(
            List<Member> members, List<List<Integer>> clusters, Predicate<String> isTaken) {
        record Overlap(int cluster, String storyId, int count) {}
        var overlaps = new ArrayList<Overlap>();
        for (int c = 0; c < clusters.size(); c++) {
            var counts = new TreeMap<String, Integer>();
            for (int i : clusters.get(c)) counts.merge(members.get(i).storyId(), 1, Integer::sum);
            for (var e : counts.entrySet()) overlaps.add(new Overlap(c, e.getKey(), e.getValue()));
        }
        overlaps.sort(Comparator.comparingInt(Overlap::count)
                .reversed()
                .thenComparing(Overlap::storyId)
                .thenComparingInt(Overlap::cluster));
        var labels = new HashMap<Integer, String>();
        var used = new HashSet<String>();
        for (Overlap o : overlaps)
            if (!labels.containsKey(o.cluster()) && used.add(o.storyId())) labels.put(o.cluster(), o.storyId());
        Set<String> old = new HashSet<>();
        for (Member m : members) old.add(m.storyId());
        var result = new LinkedHashMap<String, String>();
        for (int c = 0; c < clusters.size(); c++) {
            String id = labels.get(c);
            if (id == null) id = freshId(members, clusters.get(c), old, used, isTaken);
            used.add(id);
            for (int i : clusters.get(c)) result.put(members.get(i).id(), id);
        }
        return result;
    }

    /**
     * The new-story id of the cluster's earliest article whose id is free; when every member's is
     * taken (each started a story that lives on without it), the earliest one's with a counter.
     */
    private static String freshId(
            List<Member> members, List<Integer> cluster, Set<String> old, Set<String> used, Predicate<String> isTaken) {
        List<Member> byTime = cluster.stream()
                .map(members::get)
                .sorted(Comparator.comparing(Member::published).thenComparing(Member::id))
                .toList();
        for (Member m : byTime) {
            String id = StoryClusterer.newStoryId(m.id());
            if (!used.contains(id) && (old.contains(id) || !isTaken.test(id))) return id;
        }
        String base = StoryClusterer.newStoryId(byTime.getFirst().id());
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!used.contains(id) && (old.contains(id) || !isTaken.test(id))) return id;
        }
    }
}
