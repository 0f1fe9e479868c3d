package dev.marsad.ingest;

import dev.marsad.crawl.WarcArchive;
import dev.marsad.index.IndexLocation;
import dev.marsad.index.LuceneArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rebuilds an index from WARC files, so that it equals the index the crawl built: the crawl's
 * verdicts decide what is ingested and in which order ({@link WarcArchive#plan}), and every capture
 * carries the source and hints the crawl knew, so site names, originals and stories come out the
 * same. A record that cannot be read is reported and the replay goes on.
 */
public final class Rebuild {

    /**
     * What a replay did.
     *
     * @param submitted captures sent through the pipeline
     * @param rejectedByCrawl pages left out because the crawl had rejected them
     * @param skipped responses that are not article pages (feeds, robots.txt, errors, superseded)
     * @param problems unreadable files and records, each naming the file and offset
     */
    public record Report(int submitted, int rejectedByCrawl, int skipped, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** The folder, beside the live index, that a rebuild builds the new index in. */
    static final String REBUILT = "index.rebuild";
    /** The folder the live index is moved to while the rebuilt one takes its place. */
    static final String REPLACED = "index.old";

    private Rebuild() {}

    /**
     * Replays the pages of a WARC file or folder through {@code pipeline}, in the crawl's order, and
     * waits until all are committed. {@code onVerdict} hears of each verdict, in order.
     */
    public static Report replay(Path warc, IngestPipeline pipeline, Consumer<Verdict> onVerdict)
            throws InterruptedException {
        Objects.requireNonNull(onVerdict, "onVerdict");
        WarcArchive.Plan plan = WarcArchive.plan(warc);
        var problems = new ArrayList<String>();
        plan.problems().forEach(p -> problems.add(p.detail()));
        int submitted = 0;
        CompletableFuture<Void> reported = CompletableFuture.completedFuture(null);
        for (WarcArchive.Entry entry : plan.pages()) {
            try {
                CompletableFuture<Verdict> verdict = pipeline.submit(WarcArchive.read(entry));
                reported = reported.thenCombine(verdict, (none, v) -> {
                    onVerdict.accept(v);
                    return null;
                });
                submitted++;
            } catch (UncheckedIOException e) {
                problems.add(e.getMessage());
            }
        }
        pipeline.flush();
        reported.join();
        return new Report(submitted, plan.rejectedByCrawl(), plan.skipped(), problems);
    }

    /** Whether a rebuilt index may replace the live one when it would lose something. */
    public enum Replacement {
        /**
         * Only when it loses nothing: every capture was stored or rejected, and it holds every article
         * of the live index whose page the rebuild did not decide anew; else {@link Refused}.
         */
        WHEN_NOTHING_LOST,
        /** Whatever it loses (the user said so: {@code marsad rebuild --force}). */
        ALWAYS
    }

    /**
     * The rebuilt index would lose articles or captures, so the live index was kept and the rebuilt
     * one deleted; the message names what would have been lost.
     */
    public static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Rebuilds a data folder's index from its {@code warc/} folder: 1. builds the new index next to
     * the live one ({@code index.rebuild}); 2. compares it with the live one ({@link RebuildLosses});
     * 3. replaces the live one with it only when the replay is complete and, unless {@code
     * replacement} is {@link Replacement#ALWAYS}, it loses nothing, so that a failed or poorer rebuild
     * leaves the old index as it was. No other process may write the folder meanwhile (the old
     * index's write lock is held until the comparison is done).
     *
     * @throws Refused naming what would be lost, when the rebuilt index loses something and {@code
     *     replacement} is {@link Replacement#WHEN_NOTHING_LOST}
     * @throws IllegalStateException when another process writes the index
     */
    public static Report rebuild(
            DataFolder folder, IngestSettings settings, Replacement replacement, Consumer<Verdict> onVerdict)
            throws InterruptedException {
        Objects.requireNonNull(replacement, "replacement");
        if (!folder.indexLocation().isEmbedded())
            throw new IllegalArgumentException("rebuild builds the embedded index; the index of " + folder.root()
                    + " is " + folder.indexLocation() + ": ingest the warc/ folder into it instead ('marsad ingest "
                    + folder.warc() + "')");
        Path fresh = folder.root().resolve(REBUILT);
        deleteTree(fresh);
        Report report;
        Optional<String> losses;
        var heard = new RebuildLosses();
        try (var live = LuceneArticleIndex.open(folder.index());
                var building = Ingestion.open(new DataFolder(folder.root()), settings, IndexLocation.lucene(fresh))) {
            report = replay(folder.warc(), building.pipeline(), heard.andThen(onVerdict)); // 1
            try (var rebuilt = LuceneArticleIndex.openReadOnly(fresh)) {
                losses = heard.find(live, rebuilt); // 2
            }
            live.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index of " + folder.root() + ": " + e.getMessage(), e);
        }
        if (losses.isPresent() && replacement == Replacement.WHEN_NOTHING_LOST) {
            deleteTree(fresh);
            throw new Refused("kept the index of " + folder.root() + " as it was: " + losses.get());
        }
        swap(folder.index(), fresh, folder.root().resolve(REPLACED)); // 3
        return report;
    }

    /**
     * Puts the rebuilt index in place when a stop cut a rebuild's swap short, after the live index
     * was moved aside and before the rebuilt one was moved in (the folder would otherwise open a new,
     * empty index and its crawl state would say every page is stored); does nothing otherwise. The
     * rebuilt index is complete then: the swap begins only after the replay.
     *
     * @throws UncheckedIOException when the index cannot be moved back in place
     */
    static void finishInterruptedSwap(DataFolder folder) {
        Path live = folder.index();
        Path old = folder.root().resolve(REPLACED);
        if (Files.exists(live) || !Files.exists(old)) return;
        Path fresh = folder.root().resolve(REBUILT);
        try {
            Files.move(Files.exists(fresh) ? fresh : old, live, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot put the index back in place of " + live + " after an interrupted rebuild: "
                            + e.getMessage(),
                    e);
        }
        deleteTree(old);
    }

    private static void swap(Path live, Path fresh, Path old) {
        try {
            deleteTree(old);
            if (Files.exists(live)) Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot put the rebuilt index in place of " + live + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
