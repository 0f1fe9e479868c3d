package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the named people, places and organisations of an article's texts with a trained {@link
 * NerModel}, then makes the article agree with itself.
 *
 * <ol>
 *   <li>tag the words of all the texts with the model (Viterbi over BIO tags; with a second pass
 *       that reads the first pass's tags over the whole article); MISC names are dropped;
 *   <li>document consistency: a name tagged once is the same name wherever it recurs untagged in
 *       the article, with the type it was given most often; a lone word equal to the last word of
 *       a person's name of two words or more is that person (وقال عمروف);
 *   <li>each span becomes a {@link Mention}: a span the gazetteer lists word for word is its match
 *       (after a leading و، ب، ل, as the rules read it: "وواشنطن" is واشنطن); otherwise a leading
 *       conjunction or preposition is left out, the id and name are the gazetteer's when it lists
 *       the name, else the type and the name's slug ({@link EntityRecognizer#patternId}).
 * </ol>
 *
 * <p>Pure and thread-safe once built.
 */
final class NerTagger {

    /** Longest recurring name looked for in step 2, in words. */
    private static final int MAX_RECURRING_WORDS = 5;

    private static final String ARTICLE = "\u0627\u0644";
    private static final String LAM_LAM = "\u0644\u0644";
    /** و، ب، ل: the particles left out of a name's start. */
    private static final String JOINED_PARTICLES = "\u0648\u0628\u0644";

    private final NerModel model;
    private final NerFeatures features;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EntityRecognizer ids;
    private final WordList genericHeads;

    NerTagger(NerModel model, Gazetteer gazetteer, Lexicon lexicon, EntityRecognizer ids) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.ids = ids;
        this.genericHeads = lexicon.genericHeads();
        this.features = new NerFeatures(gazetteer, lexicon, model.clusters(), model.embeddings(), model.induced());
    }

    /** A tagged run of words: part, first word, end word (exclusive), type. */
    record Span(int part, int first, int end, Entity.Type type) {}

    /** The mentions in {@code parts} (title first), in part and text order. */
    List<Mention> recognize(List<AnalyzedText> parts) {
        var words = new ArrayList<List<Word>>(parts.size());
        for (AnalyzedText part : parts) words.add(Word.of(part));
        List<int[]> tags = model.decode(words, features);
        var spans = new ArrayList<Span>();
        var tagged = new ArrayList<boolean[]>();
        for (int p = 0; p < parts.size(); p++) {
            List<Word> w = words.get(p);
            boolean[] taken = new boolean[w.size()];
            tagged.add(taken);
            for (Span s : widenToGazetteer(p, w, spans(p, tags.get(p)))) {
                spans.add(s);
                for (int k = s.first(); k < s.end(); k++) taken[k] = true;
            }
        }
        spans.addAll(recurring(spans, words, tagged));
        spans.sort((a, b) ->
                a.part() != b.part() ? Integer.compare(a.part(), b.part()) : Integer.compare(a.first(), b.first()));
        var mentions = new ArrayList<Mention>(spans.size());
        Map<String, Mention> familyNames = new HashMap<>();
        for (Span s : spans) mentions.add(mention(parts.get(s.part()).text(), words.get(s.part()), s));
        for (Mention m : mentions)
            if (m.type() == Entity.Type.PER && m.name().contains(" ")) familyNames.putIfAbsent(lastWord(m.name()), m);
        mentions.replaceAll(m -> asKnownPerson(m, familyNames));
        return mentions;
    }

    private static List<Span> spans(int part, int[] tags) {
        var spans = new ArrayList<Span>();
        for (int i = 0; i < tags.length; ) {
            int tag = tags[i];
            if (tag == 0 || tag % 2 == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tags.length && tags[end] == tag + 1) end++;
            Optional<Entity.Type> type = typeOf(tag);
            if (type.isPresent()) spans.add(new Span(part, i, end, type.get()));
            i = end;
        }
        return spans;
    }

    /**
     * Step 1b: where the tagger cut a listed name into pieces of its type, the listed name is the
     * span: "ناجورنو" and "كاراباخ" tagged apart become "ناجورنو كاراباخ", and so does one piece
     * that is no listed name of its own ("ناجورنو" of ناجورنو قره باخ). One piece that is a listed
     * name is left as it is: "غزة" of قطاع غزة and "حماس" of حركة حماس are the tagger's call (and
     * get the listed id); so is a name whose other words are generic heads.
     * A listed organisation of several words is the span also where the tagger found nothing of it
     * or only pieces that are no names of their own ("وزارة الدفاع" of وزارة الدفاع الأذرية, "حفظ
     * السلام" of قوات حفظ السلام الروسية: {@link #isListedOrganisation}); where a piece is a listed
     * name ("حماس" of حركة حماس) or the tagger found another type there, the tagger decides.
     */
    private List<Span> widenToGazetteer(int part, List<Word> words, List<Span> spans) {
        var result = new ArrayList<>(spans);
        for (int i = 0; i < words.size(); ) {
            Optional<GazetteerMatch> match = gazetteer.matchAt(words, i);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            GazetteerMatch m = match.get();
            List<Span> inside = result.stream()
                    .filter(s -> s.first() < m.endWord() && s.end() > m.firstWord())
                    .toList();
            boolean allInside = inside.stream()
                    .allMatch(
                            s -> s.type() == m.entry().type() && s.first() >= m.firstWord() && s.end() <= m.endWord());
            boolean widens = allInside
                    && (!inside.isEmpty()
                                    && addsNoHeadWord(words, inside, m)
                                    && (inside.size() >= 2 || !isListed(words, inside.getFirst()))
                            || isListedOrganisation(m) && inside.stream().noneMatch(s -> isListed(words, s)));
            if (widens) {
                result.removeAll(inside);
                result.add(new Span(part, m.firstWord(), m.endWord(), m.entry().type()));
            }
            i = m.endWord();
        }
        result.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return result;
    }

    /**
     * Whether a match is a listed organisation of several words ("قوات حفظ السلام الروسية", "موقع
     * 24"): the list names it whole, head noun and all, so the tagger's silence or a piece of it is
     * not let to override it. One-word entries and other types stay the tagger's call.
     */
    private static boolean isListedOrganisation(GazetteerMatch m) {
        return m.entry().type() == Entity.Type.ORG && m.endWord() - m.firstWord() >= 2;
    }

    /** Whether a span is exactly a listed name. */
    private boolean isListed(List<Word> words, Span s) {
        return gazetteer
                .matchAt(words, s.first())
                .filter(m -> m.endWord() == s.end())
                .isPresent();
    }

    /**
     * Whether the words a listed name adds to the tagged parts are all name words, not generic head
     * nouns: "قطاع" of قطاع غزة and "وزارة" stay outside a tagged name, as the tagger decided.
     */
    private boolean addsNoHeadWord(List<Word> words, List<Span> inside, GazetteerMatch m) {
        for (int k = m.firstWord(); k < m.endWord(); k++) {
            int word = k;
            boolean tagged = inside.stream().anyMatch(s -> s.first() <= word && word < s.end());
            if (!tagged && isGenericHead(words.get(k))) return false;
        }
        return true;
    }

    private boolean isGenericHead(Word w) {
        for (String reading : w.readings()) {
            if (genericHeads.contains(reading) || genericHeads.contains(TagKeys.withoutArticle(reading))) return true;
        }
        return false;
    }

    private static Optional<Entity.Type> typeOf(int tag) {
        return switch (NerModel.TAGS.get(tag).substring(2)) {
            case "PER" -> Optional.of(Entity.Type.PER);
            case "LOC" -> Optional.of(Entity.Type.LOC);
            case "ORG" -> Optional.of(Entity.Type.ORG);
            default -> Optional.empty();
        };
    }

    /** Step 2: untagged recurrences of names tagged elsewhere in the article. */
    private List<Span> recurring(List<Span> spans, List<List<Word>> words, List<boolean[]> tagged) {
        Map<String, Map<Entity.Type, Integer>> votes = new HashMap<>();
        for (Span s : spans)
            votes.computeIfAbsent(
                            phrase(words.get(s.part()), s.first(), s.end()), k -> new EnumMap<>(Entity.Type.class))
                    .merge(s.type(), 1, Integer::sum);
        var found = new ArrayList<Span>();
        if (votes.isEmpty()) return found;
        for (int p = 0; p < words.size(); p++) {
            List<Word> w = words.get(p);
            boolean[] taken = tagged.get(p);
            for (int i = 0; i < w.size(); i++) {
                if (taken[i] || lexicon.stopWords().containsWithClitics(w.get(i))) continue;
                for (int n = Math.min(MAX_RECURRING_WORDS, w.size() - i); n >= 1; n--) {
                    if (isTakenOrBroken(w, taken, i, n)) continue;
                    Map<Entity.Type, Integer> v = votes.get(phrase(w, i, i + n));
                    if (v == null) continue;
                    Entity.Type type = v.entrySet().stream()
                            .max(Map.Entry.comparingByValue())
                            .orElseThrow()
                            .getKey();
                    found.add(new Span(p, i, i + n, type));
                    for (int k = i; k < i + n; k++) taken[k] = true;
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isTakenOrBroken(List<Word> w, boolean[] taken, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (taken[k]) return true;
            if (k > i && !w.get(k).isJoinedToPrevious()) return true;
        }
        return i + n < w.size() && taken[i + n];
    }

    /** A name's words as compared within an article: the first without proclitics, the rest as written. */
    private static String phrase(List<Word> words, int first, int end) {
        var b = new StringBuilder(ClusterTrainer.clusterForm(words.get(first)));
        for (int k = first + 1; k < end; k++) b.append(' ').append(words.get(k).norm());
        return b.toString();
    }

    private Mention mention(String text, List<Word> words, Span s) {
        Optional<GazetteerMatch> match = gazetteer
                .matchAt(words, s.first())
                .filter(m -> m.endWord() == s.end() && m.entry().type() == s.type());
        if (match.isPresent()) { // as the rules read it: the listed name, after a leading clitic
            GazetteerMatch m = match.get();
            return new Mention(
                    m.entry().id(),
                    s.type(),
                    m.entry().name(),
                    text.substring(m.start(), m.end()),
                    s.part(),
                    m.start(),
                    m.end());
        }
        Word first = words.get(s.first());
        int end = words.get(s.end() - 1).end();
        String whole = text.substring(first.start(), end);
        Optional<GazetteerEntry> listed = gazetteer.find(whole).filter(e -> e.type() == s.type());
        int clitic = listed.isPresent() ? 0 : particleLength(first);
        int start = first.start() + Gazetteer.surfaceOffset(first.surface(), clitic);
        String surface = text.substring(start, end);
        String name = first.norm().startsWith(LAM_LAM, clitic) && !first.norm().startsWith(ARTICLE, clitic)
                ? ARTICLE + surface.substring(Gazetteer.surfaceOffset(surface, 2))
                : surface;
        Optional<GazetteerEntry> known =
                listed.isPresent() ? listed : gazetteer.find(name).filter(e -> e.type() == s.type());
        if (known.isPresent())
            return new Mention(known.get().id(), s.type(), known.get().name(), surface, s.part(), start, end);
        return new Mention(ids.patternId(s.type(), name), s.type(), name, surface, s.part(), start, end);
    }

    /**
     * How many letters of a word's form are a conjunction or preposition before the name: و، ب، ل
     * and لل up to its article, as marsad-arabic split them, without ال. Not ف and ك: far more
     * names begin with them (فرانس، فيصل، كيث، كوفي) than are preceded by them.
     */
    private static int particleLength(Word w) {
        String norm = w.norm();
        int proclitics = norm.length() - w.withoutProclitics().length();
        if (proclitics <= 0) return 0;
        String p = norm.substring(0, proclitics);
        if (p.endsWith(ARTICLE)) p = p.substring(0, p.length() - 2);
        else if (p.endsWith(LAM_LAM)) p = p.substring(0, p.length() - 1);
        int kept = 0;
        while (kept < p.length() && JOINED_PARTICLES.indexOf(p.charAt(kept)) >= 0) kept++;
        return kept;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** A one-word person that is the family name of a longer person of the article is that person. */
    private static Mention asKnownPerson(Mention m, Map<String, Mention> familyNames) {
        if (m.type() != Entity.Type.PER || m.name().contains(" ")) return m;
        Mention person = familyNames.get(m.name());
        if (person == null) return m;
        return new Mention(person.id(), m.type(), person.name(), m.surface(), m.part(), m.start(), m.end());
    }
}
