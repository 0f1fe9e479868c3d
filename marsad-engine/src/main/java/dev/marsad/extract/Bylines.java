package dev.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a byline into names: no "بقلم:" or "By" label, no trailing date or role, several names
 * split at "and", "&", "و" and their kin or at commas (not in the "Surname, Given" form), and no e-mail address,
 * URL or web address taken for a name.
 */
final class Bylines {

    /**
     * A date after the name: a separator (dash, bullet, bar) followed by anything with a digit, or
     * a trailing "June 12, 2025" / "31 May, 2023" with no separator.
     */
    private static final Pattern DATED_TAIL = Pattern.compile("\\s+[-\u2013\u2014\u2022\u00B7|]\\s+(?=\\D*\\d).*$"
            + "|\\s+(?:\\d{1,2}\\s+)?\\p{L}{3,9}\\.?(?:\\s+\\d{1,2})?,?\\s+\\d{4}$");

    /** A byline longer than this is a sentence, not a name. */
    private static final int MAX_NAME_CHARS = 80;

    private static final String ARABIC_WAW = "\u0648";

    /**
     * Words that join two names in a byline: English, German, Danish/Norwegian, French, Dutch,
     * Arabic (a free-standing waw). Not "y", "e" or "i": they occur inside Spanish and Portuguese
     * family names.
     */
    private static final Pattern NAME_JOINER =
            Pattern.compile("\\s+(?:and|und|og|et|en|&|" + ARABIC_WAW + ")\\s+|\\s*&\\s*", Pattern.CASE_INSENSITIVE);

    /** Latin and Arabic commas, semicolons and bars between names. */
    private static final Pattern NAME_LIST = Pattern.compile("\\s*[,\u060C;\u061B|]\\s*");

    /**
     * Something that is an address, not a name: e-mail, URL, web address. A bare host name
     * ("sportschau.de") is kept: sites sign agency copy with it.
     */
    private static final Pattern ADDRESS = Pattern.compile("@|https?:|www\\.");

    private Bylines() {}

    /** The name in a byline, or "" when the byline holds no usable name. */
    static String clean(String byline) {
        String text = Whitespace.collapse(byline);
        String folded = FoldedText.fold(text);
        List<String> labels = Markers.DEFAULT.byline();
        var label = Markers.leading(labels, folded, Markers.Glue.WORD);
        if (label.isPresent()) text = MarkedBlock.stripMarker(text, label.get());
        text = DATED_TAIL.matcher(text).replaceFirst("");
        text = text.replaceAll("^[\\s:\u2013\u2014-]+|[\\s,\u060C|\u2013\u2014-]+$", "");
        // a name never holds a URL or an e-mail address (microdata that puts the logo URL next to the name)
        return text.length() > MAX_NAME_CHARS || ADDRESS.matcher(text).find() ? "" : text;
    }

    /** The names in one byline or author value, in order, without duplicates. */
    static List<String> names(String byline) {
        String name = clean(byline);
        if (name.isEmpty()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String part : NAME_JOINER.split(name)) {
            for (String listed : listedNames(part)) {
                String n = clean(listed);
                if (!n.isEmpty()) out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** Names over a list: each of the given values split into names. */
    static List<String> names(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) out.addAll(names(v));
        return List.copyOf(out);
    }

    /**
     * A comma list splits, except the "Surname, Given" form: two parts of which the first is one
     * word. A trailing one-word part ("…, dpa", "…, Nairobi") is kept as its own entry.
     */
    private static List<String> listedNames(String part) {
        List<String> pieces = new ArrayList<>();
        for (String p : NAME_LIST.split(part.strip())) if (!p.isBlank()) pieces.add(p.strip());
        if (pieces.size() == 2 && ProseSignals.words(pieces.getFirst()) < 2) return List.of(part);
        return pieces;
    }
}
