package dev.marsad.analyze;

/**
 * The word lists the name patterns and tag keys read, loaded once from this package's resources.
 *
 * @param stopWords function words, reporting verbs, time words ({@code stopwords.txt})
 * @param personTitles words that announce a person ({@code person-titles.txt})
 * @param firstNames given names that open a person's name ({@code first-names.txt})
 * @param orgHeads head nouns of organisation names ({@code org-heads.txt})
 * @param placeHeads head nouns that announce a place ({@code place-heads.txt})
 * @param descriptors generic words dropped when keying a tag ({@code tag-descriptors.txt})
 * @param speechVerbs reporting verbs that precede a speaker ({@code speech-verbs.txt})
 * @param notSpeakers common subjects of reporting verbs that are no names ({@code not-speakers.txt})
 */
record Lexicon(
        WordList stopWords,
        WordList personTitles,
        WordList firstNames,
        WordList orgHeads,
        WordList placeHeads,
        WordList descriptors,
        WordList speechVerbs,
        WordList notSpeakers) {

    /** Head words that open generic names: organisation heads, place heads and descriptors. */
    WordList genericHeads() {
        var all = new java.util.HashSet<String>(orgHeads.entries());
        all.addAll(placeHeads.entries());
        all.addAll(descriptors.entries());
        all.addAll(personTitles.entries());
        return new WordList(all);
    }

    /** Loads every list from the bundled resources. */
    static Lexicon load() {
        return new Lexicon(
                WordList.load("stopwords.txt"),
                WordList.load("person-titles.txt"),
                WordList.load("first-names.txt"),
                WordList.load("org-heads.txt"),
                WordList.load("place-heads.txt"),
                WordList.load("tag-descriptors.txt"),
                WordList.load("speech-verbs.txt"),
                WordList.load("not-speakers.txt"));
    }
}
