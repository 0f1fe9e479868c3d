package dev.marsad.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine-written date values (JSON-LD, meta tags, {@code <time datetime>}): ISO-8601 with
 * or without offset, with a space instead of 'T', date only, RFC 1123, and epoch seconds or
 * milliseconds. A value without a zone is taken as UTC ("2023-09-20" → 2023-09-20T00:00Z).
 * Human date lines in Arabic are not read here; marsad-arabic's date-line parser reads those.
 */
final class DateValues {

    /** The ISO-like core of a value: date, optional time, optional fraction, optional zone. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    /** Years outside this range are typos or placeholders ("0001-01-01"), not publication dates. */
    private static final int MIN_YEAR = 1990;

    private static final int MAX_YEAR = 2100;

    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss zzz yyyy", Locale.ROOT));

    private DateValues() {}

    /** The instant a machine-written date value names, if it names one. */
    static Optional<Instant> parse(String value) {
        return parseDated(value).map(Dated::instant);
    }

    /**
     * The instant a machine-written date value names with its precision: {@code "2023-09-20"} is
     * {@link TimePrecision#DAY}, every value with a time of day (and epoch numbers) {@link
     * TimePrecision#TIME}.
     */
    static Optional<Dated> parseDated(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) return Optional.empty();
        if (EPOCH.matcher(v).matches()) return fromEpoch(v).map(DateValues::timed);
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            TimePrecision precision = m.group(4) == null ? TimePrecision.DAY : TimePrecision.TIME;
            return fromIso(m).map(i -> new Dated(i, precision));
        }
        for (DateTimeFormatter f : TEXT_FORMATS) {
            try {
                return plausible(ZonedDateTime.parse(v, f).toInstant()).map(DateValues::timed);
            } catch (DateTimeParseException e) {
                // try the next format; a value in none of them is not a machine date
            }
        }
        return Optional.empty();
    }

    private static Dated timed(Instant instant) {
        return new Dated(instant, TimePrecision.TIME);
    }

    private static Optional<Instant> fromIso(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null)
                return plausible(date.atStartOfDay(ZoneOffset.UTC).toInstant());
            LocalDateTime time = date.atTime(
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
            return plausible(OffsetDateTime.of(time, offset).toInstant());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) return ZoneOffset.UTC;
        String z = zone.length() == 3 ? zone + ":00" : zone;
        if (z.length() == 5) z = z.substring(0, 3) + ":" + z.substring(3);
        return ZoneOffset.of(z);
    }

    private static Optional<Instant> fromEpoch(String v) {
        long n = Long.parseLong(v);
        return plausible(v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
    }

    private static Optional<Instant> plausible(Instant instant) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(instant) : Optional.empty();
    }
}
