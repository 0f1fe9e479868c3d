package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FacetLabelsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FacetLabels labels = new FacetLabels(now::get);
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void labelsAValueRightOnceTheReplicaThatMissedItShowsItsArticle() {
        var visible = new AtomicBoolean(false);
        Lookup lookup = new Lookup(keys -> visible.get() ? Map.of(KYIV, "كييف") : Map.of());
        assertThat(labels.labels(List.of(KYIV), lookup))
                .as("the lookup reached a replica behind")
                .isEmpty();
        visible.set(true);
        advance(FacetLabels.FIRST_RETRY_NANOS / 2);
        assertThat(labels.labels(List.of(KYIV), lookup)).isEmpty();
        assertThat(lookups).as("not looked up again within the retry delay").hasValue(1);
        advance(FacetLabels.FIRST_RETRY_NANOS / 2);
        assertThat(labels.labels(List.of(KYIV), lookup))
                .as("a tenth of a second after the miss, not a minute")
                .containsEntry(KYIV, "كييف");
        advance(FacetLabels.MAX_RETRY_NANOS);
        assertThat(labels.labels(List.of(KYIV), lookup)).containsEntry(KYIV, "كييف");
        assertThat(lookups).as("a name found is kept").hasValue(2);
    }

    @Test
    void looksUpAValueNoArticleNamesOnlyAFewTimesAMinute() {
        Lookup lookup = new Lookup(keys -> Map.of());
        long searchEvery = TimeUnit.MILLISECONDS.toNanos(10);
        for (long t = 0; t < TimeUnit.MINUTES.toNanos(1); t += searchEvery) {
            assertThat(labels.labels(List.of("tag\u0000x"), lookup)).isEmpty();
            advance(searchEvery);
        }
        int firstMinute = lookups.get();
        assertThat(firstMinute)
                .as("lookups in the first minute of 6000 searches")
                .isBetween(5, 12);
        for (long t = 0; t < TimeUnit.MINUTES.toNanos(2); t += searchEvery) {
            labels.labels(List.of("tag\u0000x"), lookup);
            advance(searchEvery);
        }
        assertThat(lookups.get() - firstMinute)
                .as("lookups in the next two minutes")
                .isBetween(1, 2);
    }

    @Test
    void looksUpAllUnnamedValuesOfAPageInOneCallAndOnlyThose() {
        var asked = new ArrayList<Set<String>>();
        Lookup lookup = new Lookup(keys -> {
            asked.add(keys);
            return keys.contains(KYIV) ? Map.of(KYIV, "كييف") : Map.of();
        });
        labels.labels(List.of(KYIV), lookup);
        Map<String, String> page = labels.labels(List.of(KYIV, "tag\u0000a", "tag\u0000b", "source\u0000sabq"), lookup);
        assertThat(page).containsOnlyKeys(KYIV);
        assertThat(asked)
                .as("the named value is not asked again; the page's three others in one call")
                .containsExactly(Set.of(KYIV), Set.of("tag\u0000a", "tag\u0000b", "source\u0000sabq"));
        labels.labels(List.of("tag\u0000a", KYIV), lookup);
        assertThat(asked).as("a value that missed waits for its retry").hasSize(2);
    }

    @Test
    void looksUpANameAskedForDirectlyUntilFoundWhateverTheMisses() {
        var answers =
                new ArrayDeque<Optional<String>>(List.of(Optional.empty(), Optional.empty(), Optional.of("أذربيجان")));
        Lookup lookup =
                new Lookup(keys -> answers.poll().map(n -> Map.of(AZ, n)).orElse(Map.of()));
        assertThat(labels.labels(List.of(AZ), lookup)).isEmpty();
        Supplier<Optional<String>> direct =
                () -> Optional.ofNullable(lookup.apply(Set.of(AZ)).get(AZ));
        assertThat(labels.name(AZ, direct)).isEmpty();
        assertThat(labels.name(AZ, direct)).contains("أذربيجان");
        assertThat(labels.labels(List.of(AZ), lookup))
                .as("the name found by a direct lookup labels the facet at once")
                .containsEntry(AZ, "أذربيجان");
        assertThat(lookups).hasValue(3);
    }

    private static final String KYIV = "entity\u0000loc:kyiv";
    private static final String AZ = "tag\u0000adhrbyjan";

    /** A lookup of several keys' names that counts its calls. */
    private final class Lookup implements Function<Set<String>, Map<String, String>> {
        private final Function<Set<String>, Map<String, String>> names;

        Lookup(Function<Set<String>, Map<String, String>> names) {
            this.names = names;
        }

        @Override
        public Map<String, String> apply(Set<String> keys) {
            lookups.incrementAndGet();
            return names.apply(keys);
        }
    }

    private void advance(long nanos) {
        now.addAndGet(nanos);
    }
}
