package dev.marsad.analyze;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.number.Quantity;
import dev.marsad.arabic.number.QuantityFinder;
import dev.marsad.arabic.number.Span;
import dev.marsad.arabic.text.AnalyzedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The date expressions and quantities of an article's title and body, read by marsad-arabic.
 *
 * <ol>
 *   <li>dates: {@link ArabicDateFinder} resolves each expression against the publication instant
 *       (read in UTC): "أمس الثلاثاء الموافق 19 سبتمبر" in an article of 2023-09-20 gives
 *       2023-09-19, weekday consistent. Without a publication instant no date is reported, as
 *       relative expressions would have nothing to count from; their spans are still found;
 *   <li>quantities: {@link QuantityFinder} reads numbers and the nouns they count, the date spans
 *       excluded so that "19 سبتمبر" is no quantity: "نحو 2000 شخص" gives 2000, unit شخص; only
 *       those {@link QuantityTrust} trusts are kept (issue 11: a fact that cannot be trusted is not
 *       shown).
 * </ol>
 *
 * <p>An expression repeated with the same meaning is listed once. Stateless and thread-safe.
 */
final class DatesAndQuantities {

    /** What was found: dates and quantities in text order. */
    record Found(List<DateMention> dates, List<QuantityMention> quantities) {}

    private final ArabicDateFinder dateFinder = new ArabicDateFinder();
    private final QuantityFinder quantityFinder = new QuantityFinder();
    private final QuantityTrust trust;

    DatesAndQuantities(QuantityTrust trust) {
        this.trust = trust;
    }

    /** The dates and quantities of {@code texts}, dates only when {@code published} is known. */
    Found read(List<AnalyzedText> texts, Optional<Instant> published) {
        ZonedDateTime reference = published.orElse(Instant.EPOCH).atZone(ZoneOffset.UTC);
        var dates = new ArrayList<DateMention>();
        var quantities = new ArrayList<QuantityMention>();
        for (AnalyzedText text : texts) {
            var spans = new ArrayList<Span>();
            for (var found : dateFinder.find(text, reference)) {
                spans.add(new Span(found.start(), found.end()));
                if (published.isPresent()) addOnce(dates, date(found));
            }
            for (Quantity q : quantityFinder.find(text, spans)) if (trust.isShown(q)) addOnce(quantities, quantity(q));
        }
        return new Found(dates, quantities);
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) list.add(item);
    }

    private static DateMention date(dev.marsad.arabic.date.DateMention found) {
        LocalDate first = found.from().toLocalDate();
        LocalDate last = found.until().minusNanos(1).toLocalDate();
        Optional<LocalDate> end = last.isAfter(first) ? Optional.of(last) : Optional.empty();
        Optional<Boolean> weekday = switch (found.weekdayCheck()) {
            case CONSISTENT -> Optional.of(true);
            case INCONSISTENT -> Optional.of(false);
            case NOT_STATED -> Optional.empty();
        };
        return new DateMention(found.text(), first, end, found.grain().name(), weekday);
    }

    private static QuantityMention quantity(Quantity q) {
        return new QuantityMention(q.text(), q.value(), q.unit(), q.approximate());
    }
}
