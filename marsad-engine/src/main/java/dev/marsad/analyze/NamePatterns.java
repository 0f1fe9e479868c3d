package dev.marsad.analyze;

import java.util.List;
import java.util.Optional;

/**
 * Patterns for names the gazetteer does not know, tried at one word of a text:
 *
 * <ol>
 *   <li>a title, its complement and a name: "وزير الدفاع الأوكراني رستم عمروف" → PER رستم عمروف;
 *   <li>an organisation head, a construct chain and its adjectives: "وزارة الدفاع الأذرية", "قوات
 *       حفظ السلام الروسية" → ORG, head included;
 *   <li>a place head and a name, one word or a construct pair: "مدينة خيرسون" → LOC خيرسون,
 *       "محافظة صلاح الدين" → LOC صلاح الدين, head excluded;
 *   <li>a known given name followed by more name words: "محمد صالح";
 *   <li>a speaker between a reporting verb and إن/أن: "وقال جوتشولك إن" → PER جوتشولك.
 * </ol>
 *
 * <p>Words already claimed by the gazetteer ({@code taken}) end a pattern's name.
 */
final class NamePatterns {

    /** Most words a title's complement may have ("الأمين العام للأمم المتحدة"). */
    private static final int MAX_TITLE_COMPLEMENT = 4;
    /** Most words of a person's name, linkers (بن، عبد، أبو) not counted. */
    private static final int MAX_NAME_WORDS = 3;
    /** Most words an organisation head absorbs. */
    private static final int MAX_ORG_WORDS = 5;
    /** Most words of a place name after its head. */
    private static final int MAX_PLACE_WORDS = 2;
    /** Shortest word an imperfect verb prefix (ي) is recognised in: يعرض، يبحث. */
    private static final int MIN_VERB_LENGTH = 4;
    /** Longest word taken as a verb by its ي alone (يلتقي); longer ones need a derived-form letter. */
    private static final int MAX_SHORT_VERB = 5;
    /** Letters after ي that mark derived verb forms: ت (يتوقع), س (يستقبل), ن (ينتظر). */
    private static final String DERIVED_VERB_LETTERS = "\u062A\u0633\u0646";

    private static final String ARTICLE = "\u0627\u0644";
    /** Nisba endings, normalised: يه (from ية) and ي. */
    private static final String NISBA_FEMININE = "\u064A\u0647";

    private static final String NISBA_MASCULINE = "\u064A";
    private static final String LAM_ARTICLE = "\u0644\u0644";
    private static final String WAW_ARTICLE = "\u0648\u0627\u0644";
    private static final char YEH = '\u064A';
    /** Teh marbuta, normalised to heh: the ending of most feminine common nouns. */
    private static final String FEMININE_ENDING = "\u0647";
    /** Attached pronouns "ها" and "هم", which end common nouns, not names (خارجيتها). */
    private static final String PRONOUN_HA = "\u0647\u0627";

    private static final String PRONOUN_HUM = "\u0647\u0645";
    /**
     * What follows a speaker's name, normalised: إن، أن، أنه، أنها، بأن، بأنه. The one list of it:
     * {@link Attributions} reads it too.
     */
    static final List<String> THAT = List.of(
            "\u0627\u0646",
            "\u0627\u0646\u0647",
            "\u0627\u0646\u0647\u0627",
            "\u0628\u0627\u0646",
            "\u0628\u0627\u0646\u0647");
    /** Sound plural endings, normalised: ون، ين، ات. */
    private static final List<String> PLURAL_ENDINGS = List.of("\u0648\u0646", "\u064A\u0646", "\u0627\u062A");
    /** Attached pronoun "نا" (ومواقفنا). */
    private static final String PRONOUN_NA = "\u0646\u0627";
    /** Conjunctions and prepositions written joined to the next word: و ف ب ل ك. */
    private static final String PARTICLES = "\u0648\u0641\u0628\u0644\u0643";
    /** Shortest word whose first letter is taken as a joined particle (ولد and بري stay names). */
    private static final int MIN_PARTICLE_WORD = 4;
    /** "العام" (general) completes titles although it is a stop word: "الأمين العام". */
    private static final String GENERAL = "\u0627\u0644\u0639\u0627\u0645";
    /** "باسم" (on behalf of): "المتحدث باسم الكرملين". */
    private static final String ON_BEHALF = "\u0628\u0627\u0633\u0645";
    /** Words that bind to the next name word: عبد، أبو، بن، ابن، بنت، آل (normalised). */
    private static final List<String> LINKERS = List.of(
            "\u0639\u0628\u062F",
            "\u0627\u0628\u0648",
            "\u0628\u0646",
            "\u0627\u0628\u0646",
            "\u0628\u0646\u062A",
            "\u0627\u0644");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    NamePatterns(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The first pattern that matches at word {@code i}, or empty. */
    Optional<PatternMatch> matchAt(List<Word> words, boolean[] taken, int i) {
        Optional<String> head = listedReading(words.get(i), lexicon.personTitles());
        if (head.isPresent()) return personAfterTitle(words, taken, i);
        if (listedReading(words.get(i), lexicon.orgHeads()).isPresent()) return organisation(words, taken, i);
        if (listedReading(words.get(i), lexicon.placeHeads()).isPresent()) return place(words, taken, i);
        if (listedReading(words.get(i), lexicon.firstNames()).isPresent()) return personByGivenName(words, taken, i);
        if (listedReading(words.get(i), lexicon.speechVerbs()).isPresent()) return speaker(words, taken, i);
        return Optional.empty();
    }

    /**
     * A reporting verb, a name and then إن/أن or a colon: "وقال جوتشولك إن" gives the speaker.
     * Common subjects (مسؤول، مصدر، شهود) and definite nouns (الوزارة) are no speakers.
     */
    private Optional<PatternMatch> speaker(List<Word> words, boolean[] taken, int i) {
        int j = i + 1;
        if (j >= words.size() || taken[j] || !words.get(j).isJoinedToPrevious()) return Optional.empty();
        if (listedReading(words.get(j), lexicon.notSpeakers()).isPresent()) return Optional.empty();
        int end = nameEnd(words, taken, j);
        if (end == j || end >= words.size()) return Optional.empty();
        Word next = words.get(end);
        boolean reported = next.gap().startsWith(":") || (next.isJoinedToPrevious() && THAT.contains(next.norm()));
        return reported ? Optional.of(span(Entity.Type.PER, words, j, end, 0)) : Optional.empty();
    }

    private Optional<PatternMatch> personAfterTitle(List<Word> words, boolean[] taken, int i) {
        int j = i + 1;
        int skipped = 0;
        while (j < words.size()
                && skipped < MAX_TITLE_COMPLEMENT
                && words.get(j).isJoinedToPrevious()
                && !taken[j]) {
            String norm = words.get(j).norm();
            if (norm.equals(ON_BEHALF) && j + 1 < words.size()) j += 2;
            else if (isDefinite(norm)
                    && (norm.equals(GENERAL) || !lexicon.stopWords().containsWithClitics(words.get(j)))) j++;
            else break;
            skipped++;
        }
        if (j >= words.size() || taken[j] || !words.get(j).isJoinedToPrevious()) return Optional.empty();
        int end = nameEnd(words, taken, j);
        return end > j ? Optional.of(span(Entity.Type.PER, words, j, end, 0)) : Optional.empty();
    }

    private Optional<PatternMatch> personByGivenName(List<Word> words, boolean[] taken, int i) {
        int end = nameEnd(words, taken, i);
        if (end - i < 2) return Optional.empty();
        return Optional.of(span(Entity.Type.PER, words, i, end, clitic(words.get(i), lexicon.firstNames())));
    }

    /** The end of the run of name-like words starting at {@code j}. */
    private int nameEnd(List<Word> words, boolean[] taken, int j) {
        int k = j;
        int counted = 0;
        boolean afterLinker = false;
        while (k < words.size() && !taken[k] && (counted < MAX_NAME_WORDS || afterLinker)) {
            Word w = words.get(k);
            if (k > j && !w.isJoinedToPrevious()) break;
            if (!isNameLike(w, k == j, afterLinker)) break;
            boolean wasLinker = afterLinker;
            afterLinker = LINKERS.contains(w.norm());
            if (!afterLinker) counted++;
            k++;
            if (!wasLinker && !afterLinker && isDefinite(w.norm())) break; // الأسد ends بشار الأسد
        }
        return afterLinker ? k - 1 : k;
    }

    /**
     * Whether a word can be part of a person's name. Not: stop words; nisba adjectives; later
     * words opened by a conjunction or preposition (وأسرته، بفوزه); a first word that is a head
     * noun or title, or that looks like an imperfect verb (يعرض) or a feminine common noun (سلطة)
     * without being a known given name; a first word with the article.
     */
    private boolean isNameLike(Word word, boolean first, boolean afterLinker) {
        String norm = word.norm();
        if (norm.isEmpty() || !Character.isLetter(norm.charAt(0))) return false;
        if (lexicon.stopWords().containsWithClitics(word)) return false;
        if (afterLinker) return true;
        if (gazetteer.countryOfNisba(word).isPresent()) return false;
        if (!first) return !isParticlePhrase(norm) && !(isDefinite(norm) && hasPluralEnding(norm));
        if (norm.startsWith(ARTICLE) || isHeadWord(norm)) return false;
        if (lexicon.firstNames().contains(norm)) return true;
        boolean commonEnding =
                norm.endsWith(FEMININE_ENDING) || norm.endsWith(PRONOUN_HA) || norm.endsWith(PRONOUN_HUM);
        return !isVerbLike(norm) && !commonEnding && !hasLeadingParticle(norm);
    }

    /**
     * Whether a word looks like an imperfect verb: ي then a short stem (يعرض، يلتقي), or ي with a
     * derived-form letter after it (يستقبل، يتوقع، ينتظر). Foreign names with ي (يوهانس) pass.
     */
    private static boolean isVerbLike(String norm) {
        if (norm.charAt(0) != YEH || norm.length() < MIN_VERB_LENGTH) return false;
        return norm.length() <= MAX_SHORT_VERB || DERIVED_VERB_LETTERS.indexOf(norm.charAt(1)) >= 0;
    }

    /**
     * Whether a later word is a particle with an ordinary word rather than a name that happens to
     * begin with و، ب، ل (لاكسو، باشينيان): the rest takes the article (بالقرار), ends in a pronoun
     * (وأسرته، ومواقفنا) or is a given name (ومحمد: the next person).
     */
    private boolean isParticlePhrase(String norm) {
        if (!hasLeadingParticle(norm)) return false;
        String rest = norm.substring(1);
        return rest.startsWith(ARTICLE)
                || norm.startsWith(LAM_ARTICLE)
                || norm.endsWith(FEMININE_ENDING)
                || norm.endsWith(PRONOUN_HA)
                || norm.endsWith(PRONOUN_HUM)
                || norm.endsWith(PRONOUN_NA)
                || lexicon.firstNames().contains(rest);
    }

    /** Whether the word ends like a sound plural (ون، ين، ات): "اللاعبين" is no family name. */
    private static boolean hasPluralEnding(String norm) {
        return PLURAL_ENDINGS.stream().anyMatch(norm::endsWith);
    }

    /** Whether the word starts with و، ف، ب، ل or ك followed by at least three letters. */
    private static boolean hasLeadingParticle(String norm) {
        return norm.length() >= MIN_PARTICLE_WORD && PARTICLES.indexOf(norm.charAt(0)) >= 0;
    }

    private boolean isHeadWord(String norm) {
        return lexicon.orgHeads().contains(norm)
                || lexicon.placeHeads().contains(norm)
                || lexicon.personTitles().contains(norm)
                || lexicon.descriptors().contains(norm);
    }

    /**
     * Head, then a construct chain of indefinite nouns ending in a definite one (حفظ السلام), then
     * only adjectives (الروسية، الجوية) or nouns joined by وال (والنشر). Stops at stop words,
     * punctuation and any other definite noun ("وزارة الكهرباء المواطنين" keeps وزارة الكهرباء).
     */
    private Optional<PatternMatch> organisation(List<Word> words, boolean[] taken, int i) {
        int k = i + 1;
        boolean definiteSeen = false;
        while (k < words.size()
                && k - i <= MAX_ORG_WORDS
                && !taken[k]
                && words.get(k).isJoinedToPrevious()) {
            String norm = words.get(k).norm();
            if (lexicon.stopWords().containsWithClitics(words.get(k))) break;
            boolean accepted = definiteSeen
                    ? isAdjective(words.get(k)) || norm.startsWith(WAW_ARTICLE)
                    : isDefinite(norm) || isConstructNoun(words, k);
            if (!accepted) break;
            definiteSeen |= isDefinite(norm);
            k++;
        }
        if (k == i + 1 || !definiteSeen) return Optional.empty();
        return Optional.of(span(Entity.Type.ORG, words, i, k, clitic(words.get(i), lexicon.orgHeads())));
    }

    /** An indefinite noun in a construct chain: followed by a definite word, not an adjective itself. */
    private boolean isConstructNoun(List<Word> words, int k) {
        String norm = words.get(k).norm();
        return !isDefinite(norm)
                && !norm.endsWith(NISBA_FEMININE)
                && k + 1 < words.size()
                && words.get(k + 1).isJoinedToPrevious()
                && !lexicon.stopWords().containsWithClitics(words.get(k + 1))
                && (isDefinite(words.get(k + 1).norm()) || isConstructNoun(words, k + 1));
    }

    /** A definite adjective: a known nisba, or a definite word with a nisba ending (الجوية، الدولي). */
    private boolean isAdjective(Word word) {
        String norm = word.norm();
        if (gazetteer.countryOfNisba(word).isPresent()) return true;
        return isDefinite(norm) && (norm.endsWith(NISBA_FEMININE) || norm.endsWith(NISBA_MASCULINE));
    }

    private Optional<PatternMatch> place(List<Word> words, boolean[] taken, int i) {
        int j = i + 1;
        if (j >= words.size() || taken[j]) return Optional.empty();
        Word first = words.get(j);
        if (!first.isJoinedToPrevious() && !first.followsOpeningQuote()) return Optional.empty();
        if (!isPlaceWord(first)) return Optional.empty();
        int k = j + 1;
        while (k < words.size()
                && k - j < MAX_PLACE_WORDS
                && !taken[k]
                && words.get(k).isJoinedToPrevious()
                && isPlaceWord(words.get(k))
                && isDefinite(words.get(k).norm())
                && !isDefinite(words.get(k - 1).norm())) k++;
        return Optional.of(span(Entity.Type.LOC, words, j, k, 0));
    }

    private boolean isPlaceWord(Word word) {
        String norm = word.norm();
        return Character.isLetter(norm.charAt(0))
                && !lexicon.stopWords().containsWithClitics(word)
                && !(hasLeadingParticle(norm) && !isDefinite(norm))
                && gazetteer.countryOfNisba(word).isEmpty();
    }

    private static boolean isDefinite(String norm) {
        return norm.startsWith(ARTICLE) || norm.startsWith(LAM_ARTICLE);
    }

    /** The reading of {@code word} (itself or without a clitic) that {@code list} holds. */
    static Optional<String> listedReading(Word word, WordList list) {
        for (String reading : word.readings()) if (list.contains(reading)) return Optional.of(reading);
        return Optional.empty();
    }

    private static int clitic(Word word, WordList list) {
        return word.norm().length()
                - listedReading(word, list).orElse(word.norm()).length();
    }

    private static PatternMatch span(Entity.Type type, List<Word> words, int first, int end, int cliticLetters) {
        Word w = words.get(first);
        int start = w.start() + Gazetteer.surfaceOffset(w.surface(), cliticLetters);
        return new PatternMatch(type, first, end, start, words.get(end - 1).end());
    }

    /** A name found by a pattern: words {@code [firstWord, endWord)}, characters {@code [start, end)}. */
    record PatternMatch(Entity.Type type, int firstWord, int endWord, int start, int end) {}
}
