package dev.marsad.web;

import dev.marsad.extract.TimePrecision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates and times as an Arabic reader expects them, in the reader's zone: "الأربعاء 20 سبتمبر 2023",
 * "الأربعاء 20 سبتمبر 2023، 14:05 بتوقيت غرينتش+3", "منذ ساعتين". Day and month names come from the
 * JDK's CLDR data for Arabic (Hijri months too: "5 ربيع الأول 1445 هـ", Umm al-Qura); digits are always
 * Western (0-9), across the whole site, because the formatters keep the standard decimal style.
 *
 * <p>A publication known to the day only ({@link TimePrecision#DAY}) is shown as that date and
 * never with a time of day, whatever the zone: its instant is the date's midnight UTC, and
 * converting it to Riyadh's zone would invent "03:00".
 */
final class ArabicDateFormat {

    /** CLDR's Arabic: Gregorian month names as used in Egypt and the Gulf press (سبتمبر, not أيلول). */
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** The Arabic comma between the day and the time. */
    private static final char ARABIC_COMMA = '\u060C';

    /** Relative times are shown up to this age; older ones as their day. */
    static final Duration RELATIVE_UP_TO = Duration.ofDays(7);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", ARABIC);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ARABIC);
    private static final DateTimeFormatter HIJRI_DAY =
            DateTimeFormatter.ofPattern("d MMMM y", ARABIC).withChronology(HijrahChronology.INSTANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** "غرينتش+3": the zone's offset as CLDR writes it in Arabic, unambiguous unlike zone names. */
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("O", ARABIC);

    /** Whether a Hijri date is written beside each Gregorian one. */
    enum Calendar {
        GREGORIAN,
        WITH_HIJRI
    }

    /**
     * A publication time for a card: what is shown, what a hover shows, and the machine value.
     *
     * @param label "منذ ساعتين", "أمس" or the day ("الأربعاء 20 سبتمبر 2023")
     * @param exact the day and the time with its zone, or the day alone for a date-only publication
     * @param iso the instant ("2023-09-20T10:00:00Z"), or the date ("2023-09-20") when date-only
     */
    record Moment(String label, String exact, String iso) {}

    private final ZoneId zone;
    private final Calendar calendar;
    private final Instant now;
    private final RelativeTime words = RelativeTime.arabic();

    /** Dates in {@code zone}, Gregorian only, relative to the current time. */
    ArabicDateFormat(ZoneId zone) {
        this(zone, Calendar.GREGORIAN, Instant.now());
    }

    /** Dates in {@code zone} and {@code calendar}; relative times are counted back from {@code now}. */
    ArabicDateFormat(ZoneId zone, Calendar calendar, Instant now) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.now = Objects.requireNonNull(now, "now");
    }

    /** 2023-09-20 → "الأربعاء 20 سبتمبر 2023" (and " (5 ربيع الأول 1445 هـ)" with the Hijri calendar). */
    String day(LocalDate date) {
        String gregorian = DAY.format(date);
        return switch (calendar) {
            case GREGORIAN -> gregorian;
            case WITH_HIJRI -> gregorian + " (" + hijri(date) + ")";
        };
    }

    /** 2023-09-20 → "20 سبتمبر 2023" (and the Hijri date, as {@link #day(LocalDate)}): for filter chips. */
    String shortDay(LocalDate date) {
        String gregorian = SHORT_DAY.format(date);
        return switch (calendar) {
            case GREGORIAN -> gregorian;
            case WITH_HIJRI -> gregorian + " (" + hijri(date) + ")";
        };
    }

    /** 2023-09-20 → "5 ربيع الأول 1445 هـ" (Umm al-Qura). */
    String hijri(LocalDate date) {
        return HIJRI_DAY.format(HijrahDate.from(date)) + " " + words.word("hijri.era");
    }

    /** The day of the instant in the reader's zone, written as {@link #day(LocalDate)}. */
    String day(Instant instant) {
        return day(localDay(instant));
    }

    /** "الأربعاء 20 سبتمبر 2023، 14:05 بتوقيت غرينتش+3" in the reader's zone. */
    String dayAndTime(Instant instant) {
        return day(instant) + ARABIC_COMMA + ' ' + TIME.format(instant.atZone(zone)) + ' ' + zoneLabel();
    }

    /** A publication as exactly as it is known: day and time with the zone, or the day alone. */
    String published(Instant instant, TimePrecision precision) {
        return switch (precision) {
            case TIME -> dayAndTime(instant);
            case DAY -> day(localDay(instant, precision));
        };
    }

    /**
     * A publication for a card: relative while recent ("منذ ساعتين"; "أمس" for a date-only one),
     * else its day; the exact time on hover.
     */
    Moment moment(Instant instant, TimePrecision precision) {
        String exact = published(instant, precision);
        return switch (precision) {
            case TIME -> new Moment(relative(instant).orElse(day(instant)), exact, instant.toString());
            case DAY -> {
                LocalDate date = localDay(instant, precision);
                yield new Moment(relativeDay(date).orElse(day(date)), exact, date.toString());
            }
        };
    }

    /** "بتوقيت غرينتش+3": the zone times are shown in. */
    String zoneLabel() {
        return words.word("zone") + ' ' + OFFSET.format(now.atZone(zone));
    }

    /** The calendar day of the instant in the reader's zone. */
    LocalDate localDay(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The calendar day of a publication: a date-only one keeps its own date in every zone. */
    LocalDate localDay(Instant instant, TimePrecision precision) {
        return switch (precision) {
            case TIME -> localDay(instant);
            case DAY -> instant.atZone(ZoneOffset.UTC).toLocalDate();
        };
    }

    private Optional<String> relative(Instant instant) {
        Duration elapsed = Duration.between(instant, now);
        // a time a little ahead of the server's clock (a publisher's clock is off) is "now"
        if (elapsed.isNegative() && elapsed.abs().compareTo(ChronoUnit.MINUTES.getDuration()) < 0)
            return Optional.of(words.word("now"));
        if (elapsed.isNegative() || elapsed.compareTo(RELATIVE_UP_TO) >= 0) return Optional.empty();
        return Optional.of(words.ago(elapsed));
    }

    private Optional<String> relativeDay(LocalDate date) {
        long days = ChronoUnit.DAYS.between(date, localDay(now));
        if (days < 0 || days >= RELATIVE_UP_TO.toDays()) return Optional.empty();
        if (days == 0) return Optional.of(words.word("today"));
        if (days == 1) return Optional.of(words.word("yesterday"));
        return Optional.of(words.ago(days, RelativeTime.Unit.DAY));
    }
}
