package dev.marsad.arabic.date;

import dev.marsad.arabic.number.Token;
import dev.marsad.arabic.number.TokenScanner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of dates and times ({@code calendar-words.tsv} next to this class): months of both
 * calendars, weekdays, relative days, units, directions, parts of the day and time zones. Looks
 * up one- and two-token forms at a position, stripping one proclitic from the first word.
 */
final class DateLexicon {

    /** Categories of the table's third column. */
    enum Category {
        MONTH,
        HIJRI_MONTH,
        WEEKDAY,
        RELATIVE_DAY,
        NOW,
        UNIT,
        PERIOD,
        DIRECTION,
        DAYPART,
        ZONE,
        ZONE_MARKER,
        CONNECTOR,
        HOUR_MARKER,
        SHIFT,
        YEAR_MARKER,
        MONTH_MARKER,
        ERA,
        MINUTES_PART,
        FOCUS,
        BARE_WEEKDAY,
        LAST,
        RANGE_TO,
        PLURAL_UNIT,
        HOLIDAY,
        WEEK,
        DAY_PERIOD,
        MOVED_DAY,
        AGO,
        NAMED_DAY_WEEKDAY,
        COMPARATIVE,
        TENSE,
        NOT_VERB,
        DAY_NOUN,
        DATE_LEAD,
        CURRENT_MONTH,
        APPROX,
        HOUR_LEAD
    }

    /**
     * A word found in the text.
     *
     * @param category what it is
     * @param value the table's value column
     * @param tokenCount how many tokens the form spans (1 or 2)
     */
    record Hit(Category category, String value, int tokenCount) {}

    /** Proclitics stripped before a look-up: waw, feh, beh, lam, kaf. */
    static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";
    /** Shortest word left after stripping a proclitic; "بص" must not become the daypart "ص". */
    static final int MIN_STEM = 2;

    private static final String RESOURCE = "calendar-words.tsv";
    /** Folded form → the categories it belongs to, each with its value. */
    private static final Map<String, Map<Category, String>> WORDS = load();

    /** The leading words of the forms of several words (أول, كانون, رأس السنة), to know when to read on. */
    private static final java.util.Set<String> PREFIXES = prefixesOf(WORDS.keySet());

    private static java.util.Set<String> prefixesOf(java.util.Set<String> keys) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String key : keys) {
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1))
                prefixes.add(key.substring(0, space));
        }
        return java.util.Set.copyOf(prefixes);
    }

    private DateLexicon() {}

    /**
     * The entry of the given category starting at {@code index}, longest form first; empty when
     * {@code index} is outside the tokens.
     */
    static Optional<Hit> at(List<Token> tokens, int index, Category category) {
        if (index < 0 || index >= tokens.size()) return Optional.empty(); // a reader looking past the text
        if (tokens instanceof WordView view) return view.at(index, category);
        return lookUp(tokens, index, category);
    }

    /** {@link #at} without the memory of a {@link WordView}. */
    static Optional<Hit> lookUp(List<Token> tokens, int index, Category category) {
        Token first = tokens.get(index);
        if (!first.isWord()) return Optional.empty();
        String form = first.form();
        Optional<String> demonstrated = withoutDemonstrative(first);
        if (demonstrated.isPresent()) return atHead(tokens, index, demonstrated.get(), category);
        Optional<Hit> hit = atHead(tokens, index, form, category);
        if (hit.isPresent() || !hasProclitic(form)) return hit;
        String rest = form.substring(1);
        hit = atHead(tokens, index, rest, category);
        if (hit.isPresent() || !hasProclitic(rest) || rest.charAt(0) == form.charAt(0)) return hit;
        return atHead(tokens, index, rest.substring(1), category);
    }

    /** The demonstrative ها glued to the article (هالخميس = this Thursday, Levantine and Gulf). */
    static final String DEMONSTRATIVE_ARTICLE = "\u0647\u0627\u0644";

    /** Whether the word is هال + a word of the table ("هالخميس", "هالشهر"): the word without ها. */
    static Optional<String> withoutDemonstrative(Token token) {
        String form = token.form();
        if (!token.isWord()
                || !form.startsWith(DEMONSTRATIVE_ARTICLE)
                || form.length() <= DEMONSTRATIVE_ARTICLE.length() + 1) return Optional.empty();
        String rest = form.substring(1);
        return WORDS.containsKey(rest) ? Optional.of(rest) : Optional.empty();
    }

    /** Whether the folded word is a one-word entry of the category with that value. */
    static boolean isWord(String folded, Category category, String value) {
        Map<Category, String> entry = WORDS.get(folded);
        return entry != null && value.equals(entry.get(category));
    }

    /**
     * Whether a part of a date could start at this token: a cheap test run before the readers.
     * Words of the context categories alone (a verb's tense, a comparison) start none.
     */
    static boolean mayStartEntry(Token token) {
        return mayStart(token, STARTERS, STARTER_PREFIXES);
    }

    /** Whether the token may begin any entry of the table, context categories included. */
    static boolean mayHaveEntry(Token token) {
        return mayStart(token, WORDS.keySet(), PREFIXES);
    }

    private static boolean mayStart(Token token, java.util.Set<String> keys, java.util.Set<String> prefixes) {
        if (!token.isWord()) return false;
        String form = token.form();
        if (keys.contains(form) || prefixes.contains(form)) return true;
        if (withoutDemonstrative(token).isPresent()) return true;
        if (!hasProclitic(form)) return false;
        String rest = form.substring(1);
        if (keys.contains(rest) || prefixes.contains(rest)) return true;
        if (!hasProclitic(rest)) return false;
        String bare = rest.substring(1);
        return keys.contains(bare) || prefixes.contains(bare);
    }

    /** Categories that only describe the words around a date and never begin one of its parts. */
    private static final java.util.Set<Category> CONTEXT = java.util.EnumSet.of(
            Category.TENSE,
            Category.NOT_VERB,
            Category.COMPARATIVE,
            Category.DATE_LEAD,
            Category.CURRENT_MONTH,
            Category.MOVED_DAY,
            Category.APPROX,
            Category.HOUR_LEAD);

    /** The forms with at least one category that may begin a part. */
    private static final java.util.Set<String> STARTERS = starters();

    /** The leading words of the starters of several words ("الذي" of الذي يليه is none: it never begins a part). */
    private static final java.util.Set<String> STARTER_PREFIXES = prefixesOf(STARTERS);

    private static java.util.Set<String> starters() {
        java.util.Set<String> starters = new java.util.HashSet<>();
        WORDS.forEach((form, categories) -> {
            if (!CONTEXT.containsAll(categories.keySet())) starters.add(form);
        });
        return java.util.Set.copyOf(starters);
    }

    private static boolean hasProclitic(String form) {
        return form.length() > MIN_STEM && PROCLITICS.indexOf(form.charAt(0)) >= 0;
    }

    private static Optional<Hit> atHead(List<Token> tokens, int index, String head, Category category) {
        Optional<Hit> longest = Optional.empty();
        String key = head;
        for (int k = index + 1;
                PREFIXES.contains(key) && k < tokens.size() && tokens.get(k).isWord();
                k++) {
            key = key + ' ' + tokens.get(k).form();
            Map<Category, String> many = WORDS.get(key);
            if (many != null && many.containsKey(category))
                longest = Optional.of(new Hit(category, many.get(category), k - index + 1));
        }
        if (longest.isPresent()) return longest;
        Map<Category, String> one = WORDS.get(head);
        if (one != null && one.containsKey(category)) return Optional.of(new Hit(category, one.get(category), 1));
        return Optional.empty();
    }

    /**
     * How many proclitic letters lead the word, given that the word is not itself in the table
     * but one of its heads is ("وبعد" → 1, "وبالأمس" → 2); 0 otherwise.
     */
    static int procliticLength(Token token) {
        if (!token.isWord() || WORDS.containsKey(token.form())) return 0;
        for (String head : heads(token.form())) {
            if (WORDS.containsKey(head) || PREFIXES.contains(head))
                return token.form().length() - head.length();
        }
        return 0;
    }

    private static List<String> heads(String form) {
        if (form.length() > MIN_STEM && PROCLITICS.indexOf(form.charAt(0)) >= 0) {
            String rest = form.substring(1);
            if (rest.length() > MIN_STEM && PROCLITICS.indexOf(rest.charAt(0)) >= 0 && rest.charAt(0) != form.charAt(0))
                return List.of(form, rest, rest.substring(1));
            return List.of(form, rest);
        }
        return List.of(form);
    }

    private static Map<String, Map<Category, String>> load() {
        try (InputStream in = DateLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("word table " + RESOURCE + " is missing from the jar");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Map<Category, String>> map = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != 3)
                    throw new IllegalStateException(RESOURCE + ": expected 3 columns in '" + line + "'");
                String key = TokenScanner.fold(cells[0].strip());
                String previous = map.computeIfAbsent(key, k -> new EnumMap<>(Category.class))
                        .put(Category.valueOf(cells[1]), cells[2]);
                if (previous != null && !previous.equals(cells[2]))
                    throw new IllegalStateException(RESOURCE + ": '" + cells[0] + "' has two " + cells[1] + " values");
            }
            map.replaceAll((k, v) -> Map.copyOf(v));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word table " + RESOURCE, e);
        }
    }
}
