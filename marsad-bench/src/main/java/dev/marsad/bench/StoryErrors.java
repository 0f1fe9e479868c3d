package dev.marsad.bench;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The story errors of one run, for development: predicted stories that mix gold stories, and gold
 * stories spread over several predicted ones, each article shown with its gold story and title.
 */
final class StoryErrors {

    private StoryErrors() {}

    static void print(PrintWriter out, StoriesData part, Map<String, String> predicted) {
        var titles = new HashMap<String, String>();
        var dates = new HashMap<String, String>();
        for (StoriesData.Labelled a : part.articles()) {
            titles.put(a.id(), a.analyzed().article().title());
            dates.put(a.id(), a.date().toString());
        }
        Map<String, Set<String>> predictedClusters = new TreeMap<>(StoryScores.clusters(predicted));
        Map<String, Set<String>> goldClusters = new TreeMap<>(StoryScores.clusters(part.goldStory()));
        out.println("development errors: predicted stories that mix gold stories");
        for (var cluster : predictedClusters.entrySet()) {
            var gold = new TreeSet<String>();
            for (String id : cluster.getValue()) gold.add(part.goldStory().get(id));
            if (gold.size() > 1)
                list(out, "predicted " + cluster.getKey(), cluster.getValue(), part, predicted, titles, dates);
        }
        out.println("development errors: gold stories split over predicted stories");
        for (var cluster : goldClusters.entrySet()) {
            var stories = new TreeSet<String>();
            for (String id : cluster.getValue()) stories.add(predicted.get(id));
            if (stories.size() > 1)
                list(out, "gold " + cluster.getKey(), cluster.getValue(), part, predicted, titles, dates);
        }
    }

    private static void list(
            PrintWriter out,
            String heading,
            Set<String> ids,
            StoriesData part,
            Map<String, String> predicted,
            Map<String, String> titles,
            Map<String, String> dates) {
        out.println("  " + heading);
        List<String> sorted = ids.stream()
                .sorted((a, b) -> (part.goldStory().get(a) + predicted.get(a))
                        .compareTo(part.goldStory().get(b) + predicted.get(b)))
                .toList();
        for (String id : sorted)
            out.printf(
                    java.util.Locale.ROOT,
                    "    %-34s %-18s %s %s%n",
                    part.goldStory().get(id),
                    predicted.get(id),
                    dates.get(id),
                    titles.get(id));
    }
}
