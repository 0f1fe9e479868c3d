package dev.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a visible tag list ("كلمات دلالية: …"). Linked tags are taken as linked; a plain list is
 * split at separators; one run of words with no separator at all is segmented by the phrases that
 * also occur in the page text, then by the Arabic rule that a definite adjective follows its
 * definite noun ("القوات الأذرية" is one tag).
 */
final class TagReader {

    /**
     * Characters that separate tags in a plain list. A slash separates only with a space beside it:
     * "Technik/Hardware" and "50 Mbit/s" are one tag each.
     */
    private static final String SEPARATORS = "[،,;؛|\\n•·#]+|\\s+/\\s*|\\s*/\\s+|\\s[-\u2013]\\s";

    /** Addresses of share endpoints: what a share button links to, never a tag page. */
    private static final Pattern SHARE_ENDPOINT = Pattern.compile(
            "twitter\\.com/(?:intent|share)|//x\\.com/intent|facebook\\.com/(?:sharer|share\\.php|dialog)"
                    + "|wa\\.me/|whatsapp:|api\\.whatsapp\\.com|t\\.me/share|telegram\\.me/share"
                    + "|linkedin\\.com/(?:share|cws/share)|reddit\\.com/submit|pinterest\\.com/pin/create");

    /** Longest phrase (in words) looked for in the page text when segmenting a run. */
    private static final int MAX_TAG_WORDS = 4;

    /** A "tag" longer than this is a sentence, not a tag. */
    private static final int MAX_TAG_CHARS = 60;

    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';

    private TagReader() {}

    static List<String> read(MarkedBlock block, String pageText) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element e : block.region()) {
            for (Element a : e.select("a")) if (!isShareLink(a)) tags.add(clean(a.text(), block.marker()));
        }
        tags.removeIf(t -> t.isEmpty() || FoldedText.fold(t).equals(block.marker()) || isShareLabel(t));
        if (!tags.isEmpty()) return List.copyOf(tags);
        // the region's text without its share buttons: a share bar beside an empty list is no list
        String run = textWithoutShareLinks(block.region());
        if (block.inline()) run = MarkedBlock.stripMarker(run, block.marker());
        List<String> parts = splitList(run);
        if (parts.size() == 1 && ProseSignals.words(parts.getFirst()) > MAX_TAG_WORDS) {
            String context = foldedWords(pageText).replace(foldedWords(block.regionText()), " ");
            parts = segment(parts.getFirst(), " " + context + " ");
        }
        parts.forEach(p -> tags.add(clean(p, block.marker())));
        tags.removeIf(t -> t.isEmpty() || isShareLabel(t));
        return List.copyOf(tags);
    }

    /**
     * A share button or page tool beside the tags: a link to a platform's share endpoint, or one
     * that leads nowhere (a "#" or script link that copies the address).
     */
    private static boolean isShareLink(Element a) {
        String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:"))
            return true;
        return SHARE_ENDPOINT.matcher(href).find();
    }

    /** The text of {@code region} with the share buttons' labels left out (the page is not changed). */
    private static String textWithoutShareLinks(List<Element> region) {
        StringBuilder sb = new StringBuilder();
        for (Element e : region) {
            Element copy = e.clone();
            for (Element a : copy.select("a")) if (isShareLink(a)) a.remove();
            sb.append(copy.text()).append(' ');
        }
        return Whitespace.collapse(sb.toString());
    }

    /** A share button's label ("اكس", "نسخ رابط", "WhatsApp"), the whole tag. */
    private static boolean isShareLabel(String tag) {
        return Markers.isExactly(Markers.DEFAULT.share(), FoldedText.fold(tag));
    }

    /** A plain list split at commas (Latin and Arabic), semicolons, bars, bullets and new lines. */
    static List<String> splitList(String text) {
        return Arrays.stream(text.split(SEPARATORS))
                .map(Whitespace::collapse)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> segment(String run, String context) {
        String[] words = run.split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int take = 1;
            for (int n = Math.min(MAX_TAG_WORDS, words.length - i); n >= 2; n--) {
                String phrase = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                if (context.contains(" " + foldedWords(phrase) + " ")) {
                    take = n;
                    break;
                }
            }
            if (take == 1 && i + 1 < words.length && isDefinite(words[i]) && isDefinite(words[i + 1])) take = 2;
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + take)));
            i += take;
        }
        return out;
    }

    private static boolean isDefinite(String word) {
        String f = FoldedText.fold(word);
        return f.length() > 3 && f.charAt(0) == ALEF && f.charAt(1) == LAM;
    }

    /** Folded text with punctuation as spaces, so «كاراباخ» matches كاراباخ. */
    private static String foldedWords(String text) {
        return Whitespace.collapse(FoldedText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " "));
    }

    private static String clean(String tag, String marker) {
        String t = Whitespace.collapse(tag);
        if (FoldedText.fold(t).startsWith(marker)) t = MarkedBlock.stripMarker(t, marker);
        t = t.replaceAll("^[#\\s]+|[\\s,،.:]+$", "");
        return t.length() > MAX_TAG_CHARS ? "" : t;
    }
}
