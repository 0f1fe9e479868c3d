package dev.marsad.analyze;

import java.util.List;
import java.util.Optional;

/**
 * The title or role written right before a person's name: "وزير الدفاع الأوكراني رستم عمروف" gives
 * "وزير الدفاع الأوكراني" for رستم عمروف. A role opens with a listed title ({@code
 * person-titles.txt}) and goes on with definite words (الدفاع، الأوكراني، للأمم), "العام" and "باسم
 * X", up to the name, with no punctuation between.
 */
final class PersonRoles {

    /** Most words a role may have before the name ("الأمين العام للأمم المتحدة" has four). */
    private static final int MAX_ROLE_WORDS = 5;

    private static final String ARTICLE = "\u0627\u0644";
    private static final String LAM_ARTICLE = "\u0644\u0644";

    private final Lexicon lexicon;

    PersonRoles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The role before the name that starts at offset {@code nameStart} of the words' text, as
     * written without a leading conjunction; empty when none.
     */
    Optional<String> roleBefore(List<Word> words, int nameStart) {
        int first = 0;
        while (first < words.size() && words.get(first).end() <= nameStart) first++;
        if (first == 0 || first >= words.size() || !words.get(first).isJoinedToPrevious()) return Optional.empty();
        for (int k = first - 1; k >= Math.max(0, first - MAX_ROLE_WORDS); k--) {
            Word w = words.get(k);
            Optional<String> title = NamePatterns.listedReading(w, lexicon.personTitles());
            if (title.isPresent()) {
                int start = w.end() - surfaceLength(w, title.get());
                return Optional.of(
                        w.text().text().substring(start, words.get(first - 1).end()));
            }
            if (!isComplement(w) || (k > 0 && !w.isJoinedToPrevious())) return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean isComplement(Word w) {
        String norm = w.norm();
        boolean definite = norm.startsWith(ARTICLE) || norm.startsWith(LAM_ARTICLE);
        return definite && !lexicon.stopWords().containsWithClitics(w);
    }

    /** Chars of the word's surface that the reading covers (the word without its leading clitic). */
    private static int surfaceLength(Word w, String reading) {
        String surface = w.surface();
        int clitic = w.norm().length() - reading.length();
        return surface.length() - Gazetteer.surfaceOffset(surface, clitic);
    }
}
