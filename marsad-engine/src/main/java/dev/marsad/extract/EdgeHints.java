package dev.marsad.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the page says about itself that text at the body's edges tends to repeat: the site's name
 * (its host's name and {@code og:site_name}), its authors' names and its description. A company's
 * "About us" paragraph names the company, an author's note names the author, a teaser above the
 * article repeats the description; the article's own paragraphs do so less often. {@link
 * EdgeFeatures} turns them into features of a run; no site or word list is named here.
 *
 * @param siteKeys the site's names, lower case, letters and digits only ("levitatemedia")
 * @param authorWords the words of the authors' names, lower case, of at least {@link #MIN_KEY} letters
 * @param description the page's description, lower case, letters and digits only; "" when none
 */
record EdgeHints(List<String> siteKeys, Set<String> authorWords, String description) {

    /** Names shorter than this are not looked for (a two-letter host name matches anything). */
    static final int MIN_KEY = 3;

    /** A site key this long is found inside run-together text ("partnerwithlevitatemedia"). */
    static final int MIN_SQUASHED_KEY = 5;

    /** A description shorter than this (squashed) is not compared. */
    static final int MIN_DESCRIPTION = 30;

    /** Host labels that name no site. */
    private static final Set<String> GENERIC_LABELS = Set.of("www", "com", "co", "org", "net", "gov", "edu", "ac");

    /** An e-mail address, a social handle or a web address: how a contact or promotion note reads. */
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|(^|\\s)@\\w{2,}|https?://|www\\.|\\[email", Pattern.UNICODE_CHARACTER_CLASS);

    static final EdgeHints NONE = new EdgeHints(List.of(), Set.of(), "");

    EdgeHints {
        siteKeys = List.copyOf(siteKeys);
        authorWords = Set.copyOf(authorWords);
    }

    /** The hints of a page at {@code url} with this metadata. */
    static EdgeHints of(URI url, PageMetadata meta) {
        List<String> keys = new ArrayList<>();
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.");
        // the registrable name: the label before the top-level domain, or before "co.uk" and the like
        for (int i = labels.length - 2; i >= 0; i--) {
            if (GENERIC_LABELS.contains(labels[i])) continue;
            addKey(keys, labels[i]);
            break;
        }
        meta.siteName().ifPresent(name -> addKey(keys, name));
        Set<String> authors = new HashSet<>();
        for (String author : meta.authors())
            for (String word : words(author)) if (word.length() >= MIN_KEY) authors.add(word);
        String description = meta.subtitle().map(EdgeHints::squash).orElse("");
        return new EdgeHints(keys, authors, description.length() >= MIN_DESCRIPTION ? description : "");
    }

    private static void addKey(List<String> keys, String name) {
        String key = squash(name);
        if (key.length() >= MIN_KEY && !keys.contains(key)) keys.add(key);
    }

    /** Whether {@code text} names the site. */
    boolean namesSite(String text) {
        if (siteKeys.isEmpty()) return false;
        String squashed = squash(text);
        List<String> words = null;
        for (String key : siteKeys) {
            if (!squashed.contains(key)) continue;
            if (key.length() >= MIN_SQUASHED_KEY) return true;
            if (words == null) words = words(text);
            if (words.contains(key)) return true;
        }
        return false;
    }

    /** Whether {@code text} names one of the authors. */
    boolean namesAuthor(String text) {
        if (authorWords.isEmpty()) return false;
        for (String word : words(text)) if (authorWords.contains(word)) return true;
        return false;
    }

    /** Whether {@code text} repeats the description or the description holds all of it. */
    boolean repeatsDescription(String text) {
        if (description.isEmpty()) return false;
        String squashed = squash(text);
        if (squashed.length() < MIN_DESCRIPTION) return false;
        return squashed.contains(description) || description.contains(squashed);
    }

    /** Whether {@code text} gives an e-mail address, a handle or a web address. */
    static boolean hasContact(String text) {
        // every alternative of CONTACT holds one of these: most blocks are passed without the pattern
        boolean maybe =
                text.indexOf('@') >= 0 || text.contains("http") || text.contains("www.") || text.contains("[email");
        return maybe && CONTACT.matcher(text).find();
    }

    /** Letters and digits only, lower case. */
    static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) out.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
