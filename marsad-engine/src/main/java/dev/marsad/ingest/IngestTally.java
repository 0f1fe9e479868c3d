package dev.marsad.ingest;

import dev.marsad.link.LinkResult;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts what became of every capture of a pipeline: stored by link outcome, rejected by reason, failed. */
public final class IngestTally {

    private final Map<LinkResult.Outcome, Integer> stored = new EnumMap<>(LinkResult.Outcome.class);
    private final Map<String, Integer> rejected = new TreeMap<>();
    private int failed;

    synchronized void count(Verdict verdict) {
        switch (verdict) {
            case Verdict.Stored s -> stored.merge(s.link().outcome(), 1, Integer::sum);
            case Verdict.Rejected r -> rejected.merge(r.reason().name(), 1, Integer::sum);
            case Verdict.Failed f -> failed++;
        }
    }

    /** Articles stored so far, copies and updates included. */
    public synchronized int storedCount() {
        return stored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Pages rejected so far, for any reason. */
    public synchronized int rejectedCount() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Captures that failed on a bug or an I/O error. */
    public synchronized int failedCount() {
        return failed;
    }

    /**
     * One line saying what was stored and rejected: "80 articles stored (28 new stories, 27 joined a
     * story, 25 copies folded, 0 updated); 34 pages rejected {EMPTY_BODY=7, …}".
     */
    public synchronized String summary() {
        int copies = stored.getOrDefault(LinkResult.Outcome.COPY, 0)
                + stored.getOrDefault(LinkResult.Outcome.ORIGINAL_OF_COPY, 0);
        return String.format(
                Locale.ROOT,
                "%d articles stored (%d new stories, %d joined a story, %d copies folded, %d updated); %d pages"
                        + " rejected %s%s",
                storedCount(),
                stored.getOrDefault(LinkResult.Outcome.NEW_STORY, 0),
                stored.getOrDefault(LinkResult.Outcome.JOINED_STORY, 0),
                copies,
                stored.getOrDefault(LinkResult.Outcome.UPDATED, 0),
                rejected.values().stream().mapToInt(Integer::intValue).sum(),
                rejected.isEmpty() ? "" : rejected.toString(),
                failed == 0 ? "" : "; " + failed + " failed");
    }
}
