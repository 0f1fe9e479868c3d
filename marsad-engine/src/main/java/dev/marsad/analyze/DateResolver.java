package dev.marsad.analyze;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.Grain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date expressions of an article's title and body, resolved against its publication instant
 * (read in UTC) by marsad-arabic's {@link ArabicDateFinder}: "أمس الثلاثاء الموافق 19 سبتمبر" in
 * an article of 2023-09-20 gives 2023-09-19, weekday consistent.
 *
 * <p>Without a publication instant nothing is resolved: relative expressions would have nothing
 * to count from. The same expression resolving to the same date is listed once.
 */
final class DateResolver {

    private final ArabicDateFinder finder = new ArabicDateFinder();

    /** The resolved mentions of {@code texts} in order, or none when {@code published} is empty. */
    List<DateMention> resolve(List<String> texts, Optional<Instant> published) {
        if (published.isEmpty()) return List.of();
        ZonedDateTime reference = published.get().atZone(ZoneOffset.UTC);
        var mentions = new ArrayList<DateMention>();
        for (String text : texts) {
            for (var found : finder.find(text, reference)) {
                DateMention mention = convert(found);
                boolean seen = mentions.stream()
                        .anyMatch(
                                m -> m.text().equals(mention.text()) && m.date().equals(mention.date()));
                if (!seen) mentions.add(mention);
            }
        }
        return mentions;
    }

    private static DateMention convert(dev.marsad.arabic.date.DateMention found) {
        LocalDate first = found.from().toLocalDate();
        LocalDate last = found.until().minusNanos(1).toLocalDate();
        Optional<LocalDate> end = last.isAfter(first) ? Optional.of(last) : Optional.empty();
        Optional<Boolean> weekday = switch (found.weekdayCheck()) {
            case CONSISTENT -> Optional.of(true);
            case INCONSISTENT -> Optional.of(false);
            case NOT_STATED -> Optional.empty();
        };
        return new DateMention(found.text(), first, end, grainName(found.grain()), weekday);
    }

    private static String grainName(Grain grain) {
        return grain.name();
    }
}
