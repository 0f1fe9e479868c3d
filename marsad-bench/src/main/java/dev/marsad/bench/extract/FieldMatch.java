package dev.marsad.bench.extract;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison rules of the field evaluation, one method per field. Each rule forgives only
 * differences of form that carry no information (white space, letter case where stated) and keeps
 * every difference of content.
 */
final class FieldMatch {

    /** Offsets a local gold time may have been shown in: UTC-12 to UTC+14, in half hours. */
    private static final int MIN_HALF_HOURS = -24;

    private static final int MAX_HALF_HOURS = 28;

    /** Words that join several names in one author string. */
    private static final Set<String> NAME_JOINERS = Set.of("and", "und", "et", "y", "e", "i", "og", "en");

    private FieldMatch() {}

    /** Any Unicode space (no-break, ideographic, ...) or invisible direction or joiner mark. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200b-\\u200f\\u2060\\ufeff]+");

    /** White space runs (any Unicode space) collapsed to one space, stripped, in NFC form. */
    static String collapse(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Typographic quotes and dashes as plain ones: a difference of typesetting, not of words. */
    static String plainQuotes(String s) {
        return s.replaceAll("[\\u2018\\u2019\\u201a\\u201b\\u2032]", "'")
                .replaceAll("[\\u201c\\u201d\\u201e\\u201f\\u2033]", "\"")
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    }

    /** The non-blank items, collapsed. */
    static Set<String> cleanSet(List<String> items) {
        Set<String> out = new HashSet<>();
        for (String s : items) if (!collapse(s).isEmpty()) out.add(collapse(s));
        return out;
    }

    /** Titles: equal after white space is collapsed and typographic quotes and dashes made plain. */
    static boolean title(String gold, String ours) {
        return plainQuotes(collapse(gold)).equals(plainQuotes(collapse(ours)));
    }

    /** Authors given as a list: the same set of names (white space collapsed, letter case folded). */
    static boolean authorList(Set<String> gold, List<String> ours) {
        return folded(cleanSet(ours)).equals(folded(gold));
    }

    /** The items in lower case (Locale.ROOT). */
    static Set<String> folded(Set<String> items) {
        Set<String> out = new HashSet<>();
        for (String s : items) out.add(s.toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * Authors given as one free-text string: the same set of words, letter case folded, with the
     * joining words between names ("and", "&", "und", ...) and punctuation left out.
     */
    static boolean authorWords(String gold, List<String> ours) {
        return words(gold).equals(words(String.join(" ", ours)));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !NAME_JOINERS.contains(w)) out.add(w);
        }
        return out;
    }

    /** Tags: the same set (white space collapsed, letter case folded: sites print tags in either case). */
    static boolean tags(Set<String> gold, List<String> ours) {
        return folded(cleanSet(ours)).equals(folded(gold));
    }

    /** Tags in common (case folded), for a micro precision and recall over all pages. */
    static int commonTags(Set<String> gold, List<String> ours) {
        Set<String> common = folded(cleanSet(ours));
        common.retainAll(folded(gold));
        return common.size();
    }

    /** Related links: the same set of titles (white space collapsed). */
    static boolean related(Set<String> gold, List<String> ours) {
        return cleanSet(ours).equals(gold);
    }

    /**
     * The same date: with an offset, the same instant to the minute; a local time without offset
     * matches when some whole or half-hour offset makes it equal; a day alone matches when our
     * instant falls on that day in some offset from UTC-12 to UTC+14 (the page's own zone is not
     * known).
     */
    static boolean date(String gold, Instant ours) {
        String g = gold.strip().replace(' ', 'T');
        try {
            return Duration.between(OffsetDateTime.parse(g).toInstant(), ours)
                            .abs()
                            .toMinutes()
                    < 1;
        } catch (DateTimeParseException e) {
            // no offset: local time as shown on the page
        }
        try {
            if (g.length() <= 10) return sameDay(LocalDate.parse(g), ours);
            LocalDateTime local = LocalDateTime.parse(g.length() == 16 ? g + ":00" : g);
            for (int halfHours = MIN_HALF_HOURS; halfHours <= MAX_HALF_HOURS; halfHours++) {
                Instant candidate = local.toInstant(ZoneOffset.ofTotalSeconds(halfHours * 1800));
                if (Duration.between(candidate, ours).abs().toMinutes() < 1) return true;
            }
            return false;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean sameDay(LocalDate day, Instant ours) {
        for (int halfHours = MIN_HALF_HOURS; halfHours <= MAX_HALF_HOURS; halfHours++) {
            if (ours.atOffset(ZoneOffset.ofTotalSeconds(halfHours * 1800))
                    .toLocalDate()
                    .equals(day)) return true;
        }
        return false;
    }
}
