package dev.marsad.arabic.number;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity found in a text: a number with the noun it counts.
 *
 * @param text the expression as written, approximation words and unit included ({@code "نحو 30
 *     مركز"}); {@code text.equals(input.substring(start, end))}
 * @param start index of its first character in the input
 * @param end index after its last character (exclusive)
 * @param value the number ({@code ثلاثة آلاف وخمسمائة} → 3500); for indefinite amounts (بضعة,
 *     عشرات) the lower order, with {@code approximate} set
 * @param unit the counted noun as written without proclitics, article or accusative ending
 *     ({@code "مدنياً"} → {@code "مدني"}), {@code "%"} for per cent; empty when none follows
 * @param approximate whether the text marks the number as approximate (نحو, حوالي, أكثر من …)
 *     or it is indefinite
 */
public record Quantity(String text, int start, int end, BigDecimal value, Optional<String> unit, boolean approximate) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start || end - start != text.length())
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit text '" + text + "'");
        if (unit.isPresent() && unit.get().isBlank())
            throw new IllegalArgumentException("blank unit in '" + text + "'");
    }
}
