package dev.marsad.index;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TermVocabulary} of the articles collection when it is as of what searches see now, or
 * none: then the caller asks Solr's term dictionaries as before, and a new vocabulary is read in the
 * background. "Now" is checked with one small request ({@link SolrCollections#versionOf}) at most
 * every {@link #CHECK_EVERY}, in the background (the search that finds the check old is answered by
 * it), and at once after every commit of this process; so another process's commit can go unseen
 * for that long and one search more (a word first stored by another worker in the last second may
 * not be suggested yet). Reads follow one another at least {@link #MIN_RELOAD_GAP} (and ten times
 * the last read) apart, so a newsroom that commits every few seconds reads its vocabulary now and
 * then and otherwise asks the term dictionaries, as before. Thread-safe.
 */
final class CurrentVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentVocabulary.class);

    /** How long one version check stands for the searches after it (unless this process commits). */
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    /** Least time from the start of one read of the vocabulary to the start of the next. */
    static final Duration MIN_RELOAD_GAP = Duration.ofSeconds(30);

    private final SolrNodes nodes;
    /** This process's commits so far: when it changes, the last version check no longer stands. */
    private final LongSupplier commits;

    private final AtomicReference<Optional<TermVocabulary>> loaded = new AtomicReference<>(Optional.empty());
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile long nextLoadNanos = System.nanoTime();

    /** The last version check: the version, when ({@link System#nanoTime}), after which commit count. */
    private record Check(long version, long atNanos, long commits) {}

    private final AtomicReference<Optional<Check>> checked = new AtomicReference<>(Optional.empty());

    CurrentVocabulary(SolrNodes nodes, LongSupplier commits) {
        this.nodes = nodes;
        this.commits = commits;
    }

    /**
     * The vocabulary, when one was read at the version searches see now; otherwise empty, and a read
     * is started in the background unless one runs or the last began less than the gap ago.
     */
    Optional<TermVocabulary> current() {
        long version = version();
        Optional<TermVocabulary> vocabulary = loaded.get();
        if (vocabulary.isPresent() && vocabulary.get().version() == version) return vocabulary;
        loadInBackground(version);
        return Optional.empty();
    }

    /**
     * The version searches see now: after a commit of this process, asked at once; otherwise the last
     * check's, and when that is older than {@link #CHECK_EVERY} a new check is made in the background
     * for the searches after this one (a version request on the search thread would be a round trip
     * more on every miss of a quiet reader).
     */
    private long version() {
        long now = System.nanoTime();
        long committed = commits.getAsLong();
        Optional<Check> last = checked.get();
        if (last.isEmpty() || last.get().commits() != committed) return check(now, committed);
        if (now - last.get().atNanos() >= CHECK_EVERY.toNanos() && checking.compareAndSet(false, true))
            Thread.ofVirtual().name("marsad-solr-version").start(() -> {
                try {
                    check(System.nanoTime(), committed);
                } catch (RuntimeException e) {
                    // the next search checks again; meanwhile the last version stands
                    LOG.warn("could not check the articles' version: {}", e.getMessage());
                } finally {
                    checking.set(false);
                }
            });
        return last.get().version();
    }

    private long check(long now, long committed) {
        long version = SolrCollections.versionOf(nodes, SolrCollections.ARTICLES);
        checked.set(Optional.of(new Check(version, now, committed)));
        return version;
    }

    private void loadInBackground(long version) {
        if (System.nanoTime() - nextLoadNanos < 0 || !loading.compareAndSet(false, true)) return;
        Thread.ofVirtual().name("marsad-solr-vocabulary").start(() -> {
            long start = System.nanoTime();
            try {
                TermVocabulary vocabulary = TermVocabulary.load(nodes, version);
                loaded.set(Optional.of(vocabulary));
                long took = System.nanoTime() - start;
                LOG.info(
                        "read the articles' vocabulary: {} terms{}, {} MB in memory, in {} ms",
                        vocabulary.size(),
                        vocabulary.isCut() ? " (cut at the cap; the rest counts as held)" : "",
                        String.format(java.util.Locale.ROOT, "%.1f", vocabulary.ramBytesUsed() / 1e6),
                        took / 1_000_000);
                nextLoadNanos = start + Math.max(MIN_RELOAD_GAP.toNanos(), 10 * took);
            } catch (RuntimeException e) {
                // the respelling goes on asking the term dictionaries; the next read waits for the gap
                LOG.warn("could not read the articles' vocabulary: {}", e.getMessage());
                nextLoadNanos = start + MIN_RELOAD_GAP.toNanos();
            } finally {
                loading.set(false);
            }
        });
    }
}
