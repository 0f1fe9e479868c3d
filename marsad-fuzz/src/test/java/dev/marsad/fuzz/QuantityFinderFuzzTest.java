package dev.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marsad.arabic.number.Quantity;
import dev.marsad.arabic.number.QuantityFinder;

/** The number finder reads any text: each quantity is a span of it, and none throws. */
class QuantityFinderFuzzTest {

    private static final QuantityFinder FINDER = new QuantityFinder();

    @FuzzTest
    void findsSpansOfTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Quantity quantity : FINDER.find(text)) {
            assertThat(quantity.start()).isBetween(0, quantity.end());
            assertThat(quantity.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(quantity.start(), quantity.end())).isEqualTo(quantity.text());
            assertThat(quantity.value()).isNotNull();
        }
    }
}
