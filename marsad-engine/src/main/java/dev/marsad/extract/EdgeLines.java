package dev.marsad.extract;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.DateMention;
import dev.marsad.arabic.date.Grain;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the short lines that sit at the edges of an article body without being part of it:
 * the headline repeated above the text, a date or date-and-byline line ("بيروت - الاثنين ٢٥ أيلول
 * ٢٠٢٣ - كتب: …", "By Jane Doe • March 12, 2025"), and a contact line under the text (an e-mail
 * address, a profile URL or handle). The signals are the title, a complete date and the shape of an
 * address, so they work for Arabic and for other languages alike.
 */
final class EdgeLines {

    /** A date line is at most this long; anything longer is a paragraph that names a date. */
    static final int MAX_DATE_LINE_CHARS = 120;

    /** Besides its date, a date line holds at most this many words (place, byline, section). */
    static final int MAX_WORDS_BESIDE_DATE = 12;

    /** A stub line at the end of the body is at most this many non-space characters. */
    static final int MAX_STUB_CHARS = 30;

    /** A contact line is at most this long. */
    static final int MAX_CONTACT_LINE_CHARS = 200;

    /**
     * In a contact line, addresses and handles make up at least this share of the non-space
     * characters ("Email … at x@y.com or follow him @x"); a copyright line that names the site's
     * address in passing stays.
     */
    static final double MIN_CONTACT_SHARE = 0.4;

    /**
     * A block counts as the repeated headline when the title holds it and it is at least this
     * share of the title's length, or when it holds the title ("Site :: Title").
     */
    static final double MIN_HEADLINE_SHARE = 0.6;

    /** A block that holds the title is the headline only up to this many times its length. */
    static final double MAX_HEADLINE_GROWTH = 1.5;

    /** An e-mail address, a web address or an "@handle". */
    private static final Pattern CONTACT =
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+" + "|(?:https?://|www\\.)\\S+"
                    + "|\\b[\\w-]+\\.(?:com|org|net)/\\S*"
                    + "|(?<![\\w@])@\\w{2,}");

    private static final ArabicDateFinder DATES = new ArabicDateFinder();

    private EdgeLines() {}

    /** True when {@code text} is the page title set again as the first line of the body. */
    static boolean isHeadline(String text, Optional<String> title) {
        if (title.isEmpty()) return false;
        String block = FoldedText.fold(text).strip();
        String head = FoldedText.fold(title.get()).strip();
        if (block.isEmpty() || head.isEmpty()) return false;
        if (block.equals(head)) return true;
        if (head.contains(block)) return block.length() >= head.length() * MIN_HEADLINE_SHARE;
        return block.contains(head) && block.length() <= head.length() * MAX_HEADLINE_GROWTH;
    }

    /**
     * True when {@code text} is a date line: short, not a sentence, with a complete date (day,
     * month, year) and few other words beside it.
     */
    static boolean isDateLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_DATE_LINE_CHARS || ProseSignals.endsSentence(t)) return false;
        List<DateMention> dates = DATES.findAbsolute(t, ZoneOffset.UTC);
        int dateChars = 0;
        boolean complete = false;
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (DateMention d : dates) {
            if (d.start() < from) continue;
            complete |= d.grain().compareTo(Grain.DAY) <= 0;
            rest.append(t, from, d.start()).append(' ');
            dateChars += d.end() - d.start();
            from = d.end();
        }
        rest.append(t, from, t.length());
        return complete && dateChars > 0 && words(rest.toString()) <= MAX_WORDS_BESIDE_DATE;
    }

    /** True when {@code text} is a short line made mostly of e-mail addresses, URLs or handles. */
    static boolean isContactLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CONTACT_LINE_CHARS) return false;
        Matcher m = CONTACT.matcher(t);
        int contact = 0;
        while (m.find()) contact += TextStats.nonSpace(m.group());
        return contact > 0 && contact >= TextStats.nonSpace(t) * MIN_CONTACT_SHARE;
    }

    /**
     * True when {@code text} is a stub: a few words that end no sentence ("التعليقات", "Advert",
     * "Tell us what you think"). At the end of a body such a line is a label of what follows
     * the article, not its last paragraph.
     */
    static boolean isStub(String text) {
        String t = text.strip();
        return !t.isEmpty() && TextStats.nonSpace(t) <= MAX_STUB_CHARS && !ProseSignals.endsSentence(t);
    }

    /** A reading-time line holds at most this many words, its number included. */
    static final int MAX_READING_TIME_WORDS = 6;

    /**
     * True when {@code text} only says how long the article takes to read ("دقيقتان للقراءة", "٣
     * دقائق", "5 min read", "Tempo de leitura: 1 minuto"): a minute word with a number or a
     * reading word, and nothing else but reading-time words ({@code markers.properties}); "30
     * minutes before bed" and "Time: 5 minutes" are text.
     */
    static boolean isReadingTime(String text) {
        String folded = FoldedText.fold(text);
        if (folded.length() > MAX_DATE_LINE_CHARS) return false;
        boolean number = false;
        boolean minute = false;
        boolean reading = false;
        boolean filler = false;
        int words = 0;
        // a number glued to its unit ("2min") is read as two words
        for (String word : folded.split("[^\\p{L}\\p{N}]+|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})")) {
            if (word.isEmpty()) continue;
            if (++words > MAX_READING_TIME_WORDS) return false;
            if (word.chars().allMatch(Character::isDigit)) number = true;
            else if (Markers.DEFAULT.minutes().contains(word)) minute = true;
            else if (Markers.DEFAULT.readingTime().contains(word)) reading = true;
            else if (Markers.DEFAULT.readingTimeFiller().contains(word)) filler = true;
            else return false;
        }
        // "Time: 5 minutes" may be a recipe's: filler words need a reading word beside them
        return minute && (reading || number && !filler);
    }

    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
