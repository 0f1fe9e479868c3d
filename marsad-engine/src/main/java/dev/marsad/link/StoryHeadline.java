package dev.marsad.link;

import dev.marsad.index.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headline of a story: what happened most recently, in the words its publishers agree on.
 * Among the canonical reports of the story's latest {@link #RECENT} (counted back from its newest
 * canonical report), the title that shares most words with the other titles of that window; of
 * equal agreement, the newer, then the smaller id. So a story about an election that ended in a
 * court ruling is headed by the ruling once the ruling is reported, and by the title most
 * publishers' wording supports rather than by one publisher's odd headline.
 */
final class StoryHeadline {

    /** How far back from the newest canonical report the titles that compete for the headline reach. */
    static final Duration RECENT = Duration.ofHours(24);

    private StoryHeadline() {}

    /**
     * The headline of a story's members.
     *
     * @param byTime the members, oldest first, at least one
     */
    static String of(List<Story.Member> byTime) {
        List<Story.Member> canonical =
                byTime.stream().filter(Story.Member::canonical).toList();
        List<Story.Member> pool = canonical.isEmpty() ? byTime : canonical;
        Instant newest = pool.getLast().published();
        var recent = new ArrayList<Story.Member>();
        for (Story.Member m : pool) if (!m.published().isBefore(newest.minus(RECENT))) recent.add(m);
        if (recent.size() == 1) return recent.getFirst().title();
        var words = new ArrayList<Set<String>>(recent.size());
        for (Story.Member m : recent) words.add(contentWords(m.title()));
        int best = 0;
        double bestAgreement = -1;
        for (int i = 0; i < recent.size(); i++) {
            double agreement = 0;
            for (int j = 0; j < recent.size(); j++) if (i != j) agreement += overlap(words.get(i), words.get(j));
            if (agreement > bestAgreement || (agreement == bestAgreement && isNewer(recent.get(i), recent.get(best)))) {
                best = i;
                bestAgreement = agreement;
            }
        }
        return recent.get(best).title();
    }

    /** Newer, or as new with a smaller id. */
    private static boolean isNewer(Story.Member a, Story.Member b) {
        int byTime = a.published().compareTo(b.published());
        return byTime != 0 ? byTime > 0 : a.id().compareTo(b.id()) < 0;
    }

    /** The normalised words of a title, without function words and particles. */
    static Set<String> contentWords(String title) {
        var words = new HashSet<String>();
        for (String w : LinkText.words(title))
            if (w.length() >= LinkProfile.MIN_WORD_LENGTH && !LinkText.isStopWord(w)) words.add(w);
        return words;
    }

    /** The Dice overlap of two titles' words, so a title is not rewarded for its length alone. */
    private static double overlap(Set<String> title, Set<String> other) {
        if (title.isEmpty() || other.isEmpty()) return 0;
        int shared = 0;
        for (String w : title) if (other.contains(w)) shared++;
        return 2.0 * shared / (title.size() + other.size());
    }
}
