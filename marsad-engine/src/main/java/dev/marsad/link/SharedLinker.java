package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.LinkLock;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link ArticleLinker} for an index that other writers share: it links only while it holds the
 * index's {@link LinkLock} turn. The turn is taken with the first article of a group and kept until
 * the caller has made the group visible (a commit or a refresh) and calls {@link #endTurn()}, so
 * that one turn pays for one lock round trip and one refresh, not one per article.
 *
 * <p>With the turn held and every other writer's writes visible, the linker decides exactly as a
 * single writer would that linked everybody's articles in the order the turns fell: the stories it
 * reads are the latest, and nobody else writes them meanwhile. Not thread-safe: one linking thread
 * per worker, as with {@link ArticleLinker}.
 */
public final class SharedLinker {

    private final ArticleIndex index;
    private final LinkLock lock;
    private final ArticleLinker linker;
    private Optional<LinkLock.Turn> turn = Optional.empty();
    private long turns;

    /** A linker writing to this index, stamping articles with the clock's time. */
    public SharedLinker(ArticleIndex index, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.lock = index.linkLock();
        this.linker = new ArticleLinker(index, clock, this::checkTurnBeforeRetry);
    }

    /**
     * Links and stores one article ({@link ArticleLinker#link(AnalyzedArticle, Instant)}), taking the
     * turn first unless this linker holds it: then the reader is refreshed, so that the articles and
     * stories the other writers stored in their turns are seen.
     *
     * @throws InterruptedException when interrupted while waiting for the turn
     * @throws IllegalStateException when a lease-based turn was lost to another writer mid-group
     */
    public LinkResult link(AnalyzedArticle analyzed, Instant indexedAt) throws InterruptedException {
        takeTurn();
        return linker.link(analyzed, indexedAt);
    }

    /** Whether this linker holds the turn (it linked since the last {@link #endTurn()}). */
    public boolean holdsTurn() {
        return turn.isPresent();
    }

    /** How many turns this linker has taken. */
    public long turnCount() {
        return turns;
    }

    /**
     * Gives the turn back; the caller has made this turn's writes visible to the other writers
     * first. Does nothing when no turn is held.
     *
     * @return whether the turn was still held when given back (false: a lease-based lock gave it to
     *     another writer meanwhile, whose decisions may not have seen this turn's writes)
     */
    public boolean endTurn() {
        if (turn.isEmpty()) return true;
        boolean held = turn.get().isHeld();
        turn.get().close();
        turn = Optional.empty();
        return held;
    }

    /**
     * Before an article is linked again after a story conflict: with a lease-based lock a conflict
     * usually means that the lease ran out and another writer links now; linking again beside it
     * would decide on stories it is changing, so the article fails instead (as a lost turn does).
     */
    private void checkTurnBeforeRetry() {
        if (turn.isPresent() && !turn.get().isHeld())
            throw new IllegalStateException(
                    "the link turn was given to another writer while this one linked (stalled past its lease)");
    }

    private void takeTurn() throws InterruptedException {
        if (turn.isPresent()) {
            if (!turn.get().isHeld())
                throw new IllegalStateException(
                        "the link turn was given to another writer while this one held it (stalled past its lease)");
            return;
        }
        LinkLock.Turn taken = lock.acquire();
        try {
            index.refresh();
        } catch (RuntimeException e) {
            taken.close();
            throw e;
        }
        turn = Optional.of(taken);
        turns++;
    }
}
