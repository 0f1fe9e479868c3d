package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, after the review: how old a version check may be before a search stops trusting it, and
 * that a vocabulary read across a commit is not used. A clock and a version source of the test's own,
 * the background tasks run when the test says: no sleeps, no cluster.
 */
class CurrentVocabularyTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicLong source = new AtomicLong(7);
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong commits = new AtomicLong();
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private boolean failing;
    /** Runs while a vocabulary is read (a commit of another process, say). */
    private Runnable duringRead = () -> {};

    private final CurrentVocabulary vocabulary = new CurrentVocabulary(
            () -> {
                checks.incrementAndGet();
                if (failing) throw new IllegalStateException("no node answers");
                return source.get();
            },
            version -> {
                duringRead.run();
                return new TermVocabulary(version, Map.of(), Map.of(), Map.of());
            },
            clock::get,
            commits::get,
            background::add);

    private void pass(Duration time) {
        clock.addAndGet(time.toNanos());
    }

    private void runBackground() {
        while (!background.isEmpty()) background.poll().run();
    }

    @Test
    void aRecentCheckStandsAndAnOlderOneIsRenewedInTheBackground() {
        assertThat(vocabulary.version()).hasValue(7);
        assertThat(checks.get()).as("the first check, on the search thread").isEqualTo(1);
        source.set(8);
        pass(CurrentVocabulary.CHECK_EVERY.dividedBy(2));
        assertThat(vocabulary.version())
                .as("a check younger than CHECK_EVERY stands")
                .hasValue(7);
        assertThat(background).isEmpty();
        pass(CurrentVocabulary.CHECK_EVERY);
        assertThat(vocabulary.version())
                .as("older: stands while a new check runs")
                .hasValue(7);
        assertThat(background).hasSize(1);
        assertThat(vocabulary.version()).as("one background check at a time").hasValue(7);
        assertThat(background).hasSize(1);
        runBackground();
        assertThat(vocabulary.version()).hasValue(8);
    }

    @Test
    void aCheckOlderThanStaleAfterIsRenewedOnTheSearchThread() {
        assertThat(vocabulary.version()).hasValue(7);
        source.set(8);
        pass(CurrentVocabulary.STALE_AFTER);
        assertThat(vocabulary.version()).hasValue(8);
        assertThat(background).as("no background check needed").isEmpty();
    }

    @Test
    void failingBackgroundChecksNeverLetAnOldVersionStandPastStaleAfter() {
        assertThat(vocabulary.version()).hasValue(7);
        failing = true;
        pass(CurrentVocabulary.CHECK_EVERY.multipliedBy(2));
        assertThat(vocabulary.version()).hasValue(7);
        runBackground(); // fails
        pass(CurrentVocabulary.STALE_AFTER);
        assertThat(vocabulary.version())
                .as("too old, and the check on the search thread fails")
                .isEmpty();
        assertThat(vocabulary.current())
                .as("no vocabulary: the term dictionaries are asked")
                .isEmpty();
        failing = false;
        source.set(9);
        assertThat(vocabulary.version()).hasValue(9);
    }

    @Test
    void aCommitOfThisProcessIsCheckedAtOnce() {
        assertThat(vocabulary.version()).hasValue(7);
        source.set(8);
        commits.incrementAndGet();
        assertThat(vocabulary.version()).hasValue(8);
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void servesAVocabularyOnlyAtTheVersionSearchesSee() {
        assertThat(vocabulary.current()).as("none read yet").isEmpty();
        runBackground();
        assertThat(vocabulary.current())
                .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(7));
        source.set(8);
        pass(CurrentVocabulary.STALE_AFTER);
        assertThat(vocabulary.current()).as("the collection changed").isEmpty();
        assertThat(background).as("the next read waits for the gap").isEmpty();
    }

    @Test
    void discardsAVocabularyReadAcrossACommit() {
        duringRead = () -> source.incrementAndGet();
        assertThat(vocabulary.current()).isEmpty();
        runBackground();
        pass(CurrentVocabulary.STALE_AFTER);
        assertThat(vocabulary.version()).hasValue(8);
        assertThat(vocabulary.current())
                .as("read at 7, the collection was 8 when it ended")
                .isEmpty();
        duringRead = () -> {};
        pass(CurrentVocabulary.MIN_RELOAD_GAP);
        assertThat(vocabulary.current()).isEmpty();
        runBackground();
        assertThat(vocabulary.current())
                .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(8));
    }

    @Test
    void labelsAVocabularyWithTheVersionReadJustBeforeIt() {
        assertThat(vocabulary.current()).as("checks 7, starts a read").isEmpty();
        source.set(8); // another process commits before the read begins
        runBackground();
        pass(CurrentVocabulary.STALE_AFTER);
        assertThat(vocabulary.current())
                .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(8));
    }
}
