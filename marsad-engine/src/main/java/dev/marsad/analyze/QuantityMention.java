package dev.marsad.analyze;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A counted quantity in the article: "نحو 30 مركز مراقبة" gives 30, unit مركز, approximate.
 *
 * @param text the expression as written
 * @param value its numeric value
 * @param unit the counted noun, when there is one
 * @param approximate whether the text hedges it (حوالي، نحو، قرابة، أكثر من)
 */
public record QuantityMention(String text, BigDecimal value, Optional<String> unit, boolean approximate) {
    public QuantityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
