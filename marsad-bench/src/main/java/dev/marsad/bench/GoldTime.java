package dev.marsad.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Compares a resolved instant with a gold value written as a date, a local date-time or one with an offset. */
final class GoldTime {

    private GoldTime() {}

    /** Same local date-time (or same day when the gold has no time) in the given zone. */
    static boolean sameLocal(ZonedDateTime got, String gold, Optional<ZoneId> zone) {
        ZonedDateTime local = zone.map(got::withZoneSameInstant).orElse(got);
        if (!gold.contains("T")) return local.toLocalDate().equals(LocalDate.parse(gold));
        return local.toLocalDateTime().equals(LocalDateTime.parse(gold));
    }

    /**
     * Same minute as shown on the page: the gold's local date-time (its offset comes from the page's
     * metadata, not from the line) against the parsed local date-time. False when the gold has no time.
     */
    static boolean sameMinute(ZonedDateTime got, String gold) {
        if (!gold.contains("T")) return false;
        LocalDateTime shown;
        try {
            shown = OffsetDateTime.parse(gold).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            shown = LocalDateTime.parse(gold);
        }
        return got.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).equals(shown.truncatedTo(ChronoUnit.MINUTES));
    }

    /** Same calendar day as written. */
    static boolean sameDay(ZonedDateTime got, String gold) {
        return got.toLocalDate().equals(LocalDate.parse(gold.substring(0, 10)));
    }
}
