package dev.marsad.index;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TermVocabulary} of the articles collection when it is as of what searches see now, or
 * none: then the caller asks Solr's term dictionaries (always current), and a new vocabulary is read
 * in the background. "Now" is one small version request ({@link SolrCollections#versionOf}): a check
 * younger than {@link #CHECK_EVERY} stands as it is; one younger than {@link #STALE_AFTER} stands
 * while a new check runs in the background; an older one (or none, or one from before a commit of
 * this process) is replaced by a check on the search thread, and when that fails there is no
 * vocabulary. So another process's commit goes unseen for at most {@link #STALE_AFTER} plus one
 * check. A vocabulary is kept only when the collection's version is the same after the read as
 * before it. Reads follow one another at least {@link #MIN_RELOAD_GAP} (and ten times the last read)
 * apart, so a newsroom that commits every few seconds reads its vocabulary now and then and
 * otherwise asks the term dictionaries. Thread-safe.
 */
final class CurrentVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentVocabulary.class);

    /** How long one version check stands for the searches after it (unless this process commits). */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    /** Past this age a version check no longer stands, even while a new one runs in the background. */
    static final Duration STALE_AFTER = CHECK_EVERY.multipliedBy(10);

    /** Least time from the start of one read of the vocabulary to the start of the next. */
    static final Duration MIN_RELOAD_GAP = Duration.ofSeconds(30);

    /** Least time between two warnings of a failed check or read (those between are counted). */
    static final Duration WARN_EVERY = Duration.ofMinutes(1);

    /** The collection's version now; throws when no node answers. */
    private final LongSupplier versions;
    /** Reads the vocabulary, labelled with the version read before it. */
    private final LongFunction<TermVocabulary> reader;
    /** Nanoseconds, as {@link System#nanoTime}. */
    private final LongSupplier clock;
    /** This process's commits so far: when it changes, the last version check no longer stands. */
    private final LongSupplier commits;
    /** Where checks and reads run off the search thread. */
    private final Executor background;

    private final AtomicReference<Optional<TermVocabulary>> loaded = new AtomicReference<>(Optional.empty());
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile long nextLoadNanos;
    private final AtomicLong nextWarnNanos;
    private final AtomicInteger unwarned = new AtomicInteger();

    /** The last version check: the version, when (by {@link #clock}, at its start), after which commit count. */
    private record Check(long version, long atNanos, long commits) {}

    private final AtomicReference<Optional<Check>> checked = new AtomicReference<>(Optional.empty());

    CurrentVocabulary(SolrNodes nodes, LongSupplier commits) {
        this(
                () -> SolrCollections.versionOf(nodes, SolrCollections.ARTICLES),
                version -> TermVocabulary.load(nodes, version),
                System::nanoTime,
                commits,
                task -> Thread.ofVirtual().name("marsad-solr-vocabulary").start(task));
    }

    CurrentVocabulary(
            LongSupplier versions,
            LongFunction<TermVocabulary> reader,
            LongSupplier clock,
            LongSupplier commits,
            Executor background) {
        this.versions = versions;
        this.reader = reader;
        this.clock = clock;
        this.commits = commits;
        this.background = background;
        this.nextLoadNanos = clock.getAsLong();
        this.nextWarnNanos = new AtomicLong(clock.getAsLong());
    }

    /**
     * The vocabulary, when one was read at the version searches see now; otherwise empty, and a read
     * is started in the background unless one runs or the last began less than the gap ago.
     */
    Optional<TermVocabulary> current() {
        OptionalLong version = version();
        if (version.isEmpty()) return Optional.empty();
        Optional<TermVocabulary> vocabulary = loaded.get();
        if (vocabulary.isPresent() && vocabulary.get().version() == version.getAsLong()) return vocabulary;
        loadInBackground();
        return Optional.empty();
    }

    /**
     * The version searches see now, as the class describes; empty when it cannot be told (a check on
     * the search thread failed).
     */
    OptionalLong version() {
        long now = clock.getAsLong();
        long committed = commits.getAsLong();
        Optional<Check> last = checked.get();
        if (last.isPresent() && last.get().commits() == committed) {
            long age = now - last.get().atNanos();
            if (age < CHECK_EVERY.toNanos()) return OptionalLong.of(last.get().version());
            if (age < STALE_AFTER.toNanos()) {
                checkInBackground(committed);
                return OptionalLong.of(last.get().version());
            }
        }
        try {
            return OptionalLong.of(check(now, committed));
        } catch (RuntimeException e) {
            warn("could not check the articles' version (the respelling asks the term dictionaries)", e);
            return OptionalLong.empty();
        }
    }

    private void checkInBackground(long committed) {
        if (!checking.compareAndSet(false, true)) return;
        background.execute(() -> {
            try {
                check(clock.getAsLong(), committed);
            } catch (RuntimeException e) {
                // the last check stands until it is STALE_AFTER old; then the search thread checks
                warn("could not check the articles' version", e);
            } finally {
                checking.set(false);
            }
        });
    }

    private long check(long now, long committed) {
        long version = versions.getAsLong();
        checked.set(Optional.of(new Check(version, now, committed)));
        return version;
    }

    private void loadInBackground() {
        if (clock.getAsLong() - nextLoadNanos < 0 || !loading.compareAndSet(false, true)) return;
        background.execute(() -> {
            long start = clock.getAsLong();
            try {
                long before = versions.getAsLong();
                TermVocabulary vocabulary = reader.apply(before);
                long after = versions.getAsLong();
                long took = clock.getAsLong() - start;
                nextLoadNanos = start + Math.max(MIN_RELOAD_GAP.toNanos(), 10 * took);
                if (after != before) {
                    // a commit during the read: the list may lack its words, so it is not used
                    LOG.info("read the articles' vocabulary, but a commit changed them meanwhile: not used");
                    return;
                }
                loaded.set(Optional.of(vocabulary));
                LOG.info(
                        "read the articles' vocabulary: {} terms{}, {} MB in memory, in {} ms",
                        vocabulary.size(),
                        vocabulary.isCut() ? " (cut at the cap; the rest counts as held)" : "",
                        String.format(Locale.ROOT, "%.1f", vocabulary.ramBytesUsed() / 1e6),
                        took / 1_000_000);
            } catch (RuntimeException e) {
                // the respelling goes on asking the term dictionaries; the next read waits for the gap
                warn("could not read the articles' vocabulary", e);
                nextLoadNanos = start + MIN_RELOAD_GAP.toNanos();
            } finally {
                loading.set(false);
            }
        });
    }

    /** A warning at most every {@link #WARN_EVERY}, with the number of failures not warned of since the last. */
    private void warn(String what, RuntimeException e) {
        long now = clock.getAsLong();
        long next = nextWarnNanos.get();
        if (now - next >= 0 && nextWarnNanos.compareAndSet(next, now + WARN_EVERY.toNanos()))
            LOG.warn("{}: {} ({} more failures since the last warning)", what, e.getMessage(), unwarned.getAndSet(0));
        else unwarned.incrementAndGet();
    }
}
