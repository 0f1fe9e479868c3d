package dev.marsad.cli;

import dev.marsad.crawl.CrawlEvent;
import dev.marsad.crawl.CrawlListener;
import dev.marsad.crawl.UrlState;
import java.io.PrintWriter;

/** Prints crawl progress: one line per listing, one per finished URL that was not simply fetched, a count every tenth. */
final class ConsoleProgress implements CrawlListener {

    /** Print a progress count every this many URLs. */
    private static final int EVERY = 10;

    private final PrintWriter out;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void onEvent(CrawlEvent event) {
        switch (event) {
            case CrawlEvent.ListingRead l ->
                out.printf(
                        java.util.Locale.ROOT, "  %-10s %-9s %s: %s%n", l.sourceId(), l.kind(), l.url(), l.outcome());
            case CrawlEvent.UrlFinished u -> {
                if (u.state() != UrlState.FETCHED)
                    out.printf(
                            java.util.Locale.ROOT,
                            "  %-10s %-10s %s (%s)%n",
                            u.sourceId(),
                            u.state().name().toLowerCase(java.util.Locale.ROOT),
                            u.url(),
                            u.reason());
                if (u.done() % EVERY == 0 || u.done() == u.due())
                    out.printf(java.util.Locale.ROOT, "  … %d of %d pages%n", u.done(), u.due());
            }
            case CrawlEvent.RunFinished f ->
                out.printf(
                        java.util.Locale.ROOT,
                        "  crawl finished in %.1f s: %s%n",
                        f.summary().elapsed().toMillis() / 1000.0,
                        f.summary().finished());
        }
        out.flush();
    }
}
