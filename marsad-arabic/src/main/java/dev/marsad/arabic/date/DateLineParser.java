package dev.marsad.arabic.date;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads the visible publication date line of a news page: {@code "تاريخ النشر: 20th, September
 * 2023 GMT"} → 2023-09-20T00:00Z; {@code "الأربعاء 20 سبتمبر 2023 - 10:30 ص"} → 2023-09-20T10:30Z;
 * {@code "٢٠ أيلول ٢٠٢٣"}, {@code "2023/09/20 14:05"}, {@code "20-09-2023"}.
 *
 * <p>Only complete dates count (a year is needed); relative lines such as {@code "منذ ساعتين"}
 * need a reference and give empty here: use {@link ArabicDateFinder#find} with the fetch time for
 * those. A line without a stated zone is read in UTC. When a line holds several dates
 * ("نُشر 20 سبتمبر 2023 | آخر تحديث 21 سبتمبر 2023"), the first one to the day or finer counts.
 */
public final class DateLineParser {

    private static final ArabicDateFinder FINDER = new ArabicDateFinder();

    private DateLineParser() {}

    /**
     * Parses a date line.
     *
     * @param line the text of the line, any string; null gives empty
     * @return the publication instant in the stated zone (UTC when none), or empty when the line
     *     holds no complete date
     */
    public static Optional<ZonedDateTime> parse(String line) {
        return parseMention(line).map(DateMention::from);
    }

    /**
     * Parses a date line as {@link #parse} does, keeping how precise it was: {@code "20 سبتمبر
     * 2023"} has the grain {@link Grain#DAY} (no time of day was written), {@code "20 سبتمبر 2023 -
     * 10:30"} {@link Grain#MINUTE}.
     *
     * @param line the text of the line, any string; null gives empty
     * @return the first mention to the day or finer, or empty when the line holds no complete date
     */
    public static Optional<DateMention> parseMention(String line) {
        if (line == null || line.isBlank()) return Optional.empty();
        List<DateMention> mentions = FINDER.findAbsolute(line, ZoneOffset.UTC);
        return mentions.stream()
                .filter(m -> m.grain().compareTo(Grain.DAY) <= 0)
                .findFirst();
    }
}
