package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WrittenEverywhereTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AtomicLong lacking = new AtomicLong(3);
    private final AtomicInteger asked = new AtomicInteger();
    /** The rechecks handed off the caller's thread, run when the test says. */
    private final List<Runnable> rechecks = new ArrayList<>();

    private final WrittenEverywhere field = new WrittenEverywhere(
            () -> {
                asked.incrementAndGet();
                if (lacking.get() < 0) throw new IllegalStateException("no node answers");
                return lacking.get();
            },
            now::get,
            rechecks::add);

    private void runRechecks() {
        var due = List.copyOf(rechecks);
        rechecks.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void anOlderCollectionKeepsTheOlderFieldsAndIsAskedAgainAMinuteLaterOffTheCallersThread() {
        assertThat(field.holds())
                .as("three articles written before the field existed")
                .isFalse();
        assertThat(asked).as("the first answer asked on the caller's thread").hasValue(1);
        lacking.set(0);
        now.addAndGet(WrittenEverywhere.RECHECK_NANOS - 1);
        assertThat(field.holds()).as("not asked again within the minute").isFalse();
        assertThat(rechecks).isEmpty();
        now.addAndGet(1);
        assertThat(field.holds())
                .as("the recheck is handed off; the last answer meanwhile")
                .isFalse();
        assertThat(field.holds()).isFalse();
        assertThat(rechecks).as("one recheck at a time").hasSize(1);
        runRechecks();
        assertThat(asked).hasValue(2);
        assertThat(field.holds()).as("the last older article is gone").isTrue();
    }

    @Test
    void aYesIsCheckedAgainAMinuteLaterAndAnOlderWriteTurnsItBack() {
        lacking.set(0);
        assertThat(field.holds()).isTrue();
        now.addAndGet(WrittenEverywhere.RECHECK_NANOS / 2);
        assertThat(field.holds()).isTrue();
        assertThat(rechecks).as("not within the minute").isEmpty();
        lacking.set(1); // a writer of an older build wrote an article without the field
        now.addAndGet(WrittenEverywhere.RECHECK_NANOS);
        assertThat(field.holds()).as("the last answer while the recheck runs").isTrue();
        runRechecks();
        assertThat(field.holds()).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aCheckThatFailsAnswersNotYet() {
        lacking.set(-1);
        assertThat(field.holds()).as("no node answers: the older fields").isFalse();
        lacking.set(0);
        now.addAndGet(WrittenEverywhere.RECHECK_NANOS);
        field.holds();
        runRechecks();
        assertThat(field.holds()).isTrue();
    }

    @Test
    void theQueryCountsArticlesWithTheFieldsStoodInForAndWithoutTheField() {
        assertThat(WrittenEverywhere.Added.PASSAGES.lacking()).isEqualTo("body:* -body_passages:*");
        // searched_terms stands in for all three text fields: an article with a title or copy
        // headlines and no body term is counted too (review 8, finding 1)
        assertThat(WrittenEverywhere.Added.SEARCHED_TERMS.lacking())
                .isEqualTo("(title:* OR body:* OR copy_headlines:*) -searched_terms:*");
    }
}
