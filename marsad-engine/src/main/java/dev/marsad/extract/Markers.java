package dev.marsad.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The page markers the extractor recognises, read once from {@code markers.properties} next to
 * this class (each kind documented there). Markers are stored folded ({@link FoldedText}) and
 * longest first, so that "اقرأ أيضاً" wins over a shorter marker that is its prefix.
 */
record Markers(
        List<String> readAlso,
        List<String> moreInfo,
        List<String> tags,
        List<String> source,
        List<String> category,
        List<String> agencies,
        List<String> paywall,
        List<String> soft404,
        List<String> dateLine,
        List<String> modifiedLine,
        List<String> byline,
        List<String> search,
        List<String> publisher,
        List<String> about,
        List<String> share,
        List<String> minutes,
        List<String> readingTime,
        List<String> readingTimeFiller,
        String firstChars) {

    private static final String RESOURCE = "markers.properties";

    /** The markers shipped with Marsad. */
    static final Markers DEFAULT = load();

    Markers {
        readAlso = List.copyOf(readAlso);
        moreInfo = List.copyOf(moreInfo);
        tags = List.copyOf(tags);
        source = List.copyOf(source);
        category = List.copyOf(category);
        agencies = List.copyOf(agencies);
        paywall = List.copyOf(paywall);
        soft404 = List.copyOf(soft404);
        dateLine = List.copyOf(dateLine);
        modifiedLine = List.copyOf(modifiedLine);
        byline = List.copyOf(byline);
        search = List.copyOf(search);
        publisher = List.copyOf(publisher);
        about = List.copyOf(about);
        share = List.copyOf(share);
        minutes = List.copyOf(minutes);
        readingTime = List.copyOf(readingTime);
        readingTimeFiller = List.copyOf(readingTimeFiller);
        StringBuilder first = new StringBuilder();
        for (List<String> kind :
                List.of(readAlso, moreInfo, tags, source, category, agencies, dateLine, modifiedLine, byline, search))
            for (String m : kind) if (first.indexOf(m.substring(0, 1)) < 0) first.append(m.charAt(0));
        firstChars = first.toString();
    }

    private static Markers load() {
        Properties p = new Properties();
        try (InputStream in = Markers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Markers(
                list(p, "read-also"),
                list(p, "more-info"),
                list(p, "tags"),
                list(p, "source"),
                list(p, "category"),
                list(p, "agencies"),
                list(p, "paywall"),
                list(p, "soft-404"),
                list(p, "date-line"),
                list(p, "modified-line"),
                list(p, "byline"),
                list(p, "search"),
                list(p, "publisher"),
                list(p, "about"),
                list(p, "share"),
                list(p, "minutes"),
                list(p, "reading-time"),
                list(p, "reading-time-filler"),
                "");
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) throw new IllegalStateException(RESOURCE + ": missing key '" + key + "'");
        return Arrays.stream(value.split("\\|"))
                .map(FoldedText::fold)
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /**
     * True when folded text starting with {@code c} could start a marker of any kind: a cheap
     * test before folding a text at all.
     */
    boolean mayStartMarker(char c) {
        return firstChars.indexOf(foldedAlone(c)) >= 0;
    }

    /** The first character of {@code c} folded alone, or {@code c} when folding drops it. */
    private static char foldedAlone(char c) {
        if (c > ' ' && c < 0x7F) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // as fold does
        String folded = FoldedText.fold(String.valueOf(c));
        return folded.isEmpty() ? c : folded.charAt(0);
    }

    /** Whether a marker may be glued to the next word without a space or colon. */
    enum Glue {
        /** The marker must end at a space, punctuation or the end of the text. */
        WORD,
        /** An Arabic marker may run straight into the next Arabic word ("اقرأ أيضاًالاتحاد"). */
        ALLOWED
    }

    /**
     * The marker of {@code kind} that {@code folded} starts with: followed by the end, a space or
     * punctuation, or, with {@link Glue#ALLOWED}, an Arabic marker directly by another Arabic
     * letter, since pages glue labels to the next headline.
     */
    static Optional<String> leading(List<String> kind, String folded, Glue glue) {
        for (String marker : kind) {
            if (!folded.startsWith(marker)) continue;
            if (folded.length() == marker.length()) return Optional.of(marker);
            char next = folded.charAt(marker.length());
            boolean latinMarker = marker.chars().allMatch(c -> c < 0x0600);
            boolean glued = glue == Glue.ALLOWED && !latinMarker && !isLatin(next);
            if (!Character.isLetterOrDigit(next) || glued) return Optional.of(marker);
        }
        return Optional.empty();
    }

    /** True when {@code folded} is one of the markers of {@code kind}, ignoring trailing punctuation. */
    static boolean isExactly(List<String> kind, String folded) {
        return exactly(kind, folded).isPresent();
    }

    /** The marker of {@code kind} that {@code folded} is, ignoring trailing punctuation. */
    static Optional<String> exactly(List<String> kind, String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && isEdge(folded.charAt(start))) start++;
        while (end > start && (isEdge(folded.charAt(end - 1)) || isTrailingPunctuation(folded.charAt(end - 1)))) end--;
        String core = folded.substring(start, end);
        return kind.contains(core) ? Optional.of(core) : Optional.empty();
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c)
                || c == '('
                || c == ')'
                || c == '['
                || c == ']'
                || c == '-'
                || c == '\u2013'
                || c == '\u2014';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ':' || c == '\uFF1A' || c == '.' || c == ',' || c == '\u060C';
    }

    /**
     * True when {@code folded} holds one of the markers of {@code kind} as whole words ("das thema
     * konnte dich auch interessieren" holds "konnte dich auch interessieren").
     */
    static boolean containsWord(List<String> kind, String folded) {
        for (String marker : kind) {
            for (int at = folded.indexOf(marker); at >= 0; at = folded.indexOf(marker, at + 1)) {
                int end = at + marker.length();
                boolean starts = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
                boolean ends = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
                if (starts && ends) return true;
            }
        }
        return false;
    }

    /** True when {@code folded} contains one of the markers of {@code kind}. */
    static boolean containsAny(List<String> kind, String folded) {
        for (String marker : kind) if (folded.contains(marker)) return true;
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 0x0250;
    }
}
