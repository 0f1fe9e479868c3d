package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FacetLabelsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FacetLabels labels = new FacetLabels(now::get);
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void labelsAValueRightOnceTheReplicaThatMissedItShowsItsArticle() {
        var visible = new AtomicBoolean(false);
        Supplier<Optional<String>> lookup = counted(() -> visible.get() ? Optional.of("كييف") : Optional.empty());
        assertThat(labels.label("entity\u0000loc:kyiv", lookup))
                .as("the lookup reached a replica behind")
                .isEmpty();
        visible.set(true);
        advance(FacetLabels.FIRST_RETRY_NANOS / 2);
        assertThat(labels.label("entity\u0000loc:kyiv", lookup)).isEmpty();
        assertThat(lookups).as("not looked up again within the retry delay").hasValue(1);
        advance(FacetLabels.FIRST_RETRY_NANOS / 2);
        assertThat(labels.label("entity\u0000loc:kyiv", lookup))
                .as("a tenth of a second after the miss, not a minute")
                .contains("كييف");
        advance(FacetLabels.MAX_RETRY_NANOS);
        assertThat(labels.label("entity\u0000loc:kyiv", lookup)).contains("كييف");
        assertThat(lookups).as("a name found is kept").hasValue(2);
    }

    @Test
    void looksUpAValueNoArticleNamesOnlyAFewTimesAMinute() {
        Supplier<Optional<String>> lookup = counted(Optional::empty);
        long searchEvery = TimeUnit.MILLISECONDS.toNanos(10);
        for (long t = 0; t < TimeUnit.MINUTES.toNanos(1); t += searchEvery) {
            assertThat(labels.label("tag\u0000x", lookup)).isEmpty();
            advance(searchEvery);
        }
        int firstMinute = lookups.get();
        assertThat(firstMinute)
                .as("lookups in the first minute of 6000 searches")
                .isBetween(5, 12);
        for (long t = 0; t < TimeUnit.MINUTES.toNanos(2); t += searchEvery) {
            labels.label("tag\u0000x", lookup);
            advance(searchEvery);
        }
        assertThat(lookups.get() - firstMinute)
                .as("lookups in the next two minutes")
                .isBetween(1, 2);
    }

    @Test
    void looksUpANameAskedForDirectlyUntilFoundWhateverTheMisses() {
        var answers =
                new ArrayDeque<Optional<String>>(List.of(Optional.empty(), Optional.empty(), Optional.of("أذربيجان")));
        Supplier<Optional<String>> lookup = counted(answers::poll);
        assertThat(labels.label("tag\u0000adhrbyjan", lookup)).isEmpty();
        assertThat(labels.name("tag\u0000adhrbyjan", lookup)).isEmpty();
        assertThat(labels.name("tag\u0000adhrbyjan", lookup)).contains("أذربيجان");
        assertThat(labels.label("tag\u0000adhrbyjan", lookup))
                .as("the name found by a direct lookup labels the facet at once")
                .contains("أذربيجان");
        assertThat(lookups).hasValue(3);
    }

    private Supplier<Optional<String>> counted(Supplier<Optional<String>> lookup) {
        return () -> {
            lookups.incrementAndGet();
            return lookup.get();
        };
    }

    private void advance(long nanos) {
        now.addAndGet(nanos);
    }
}
