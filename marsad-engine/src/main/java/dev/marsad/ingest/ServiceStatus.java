package dev.marsad.ingest;

import dev.marsad.crawl.CrawlStats;
import java.util.Objects;

/**
 * What a running {@link LiveService} is doing, for the console and {@code /health}: the crawl's
 * schedule and throughput, and what the pipeline stored.
 *
 * @param crawl sources and listings due, pages per second, errors by host
 * @param articles articles in the index (copies included)
 * @param stored articles stored since the service started
 * @param rejected pages rejected since the service started
 * @param failed pages that failed in the pipeline since the service started
 */
public record ServiceStatus(CrawlStats crawl, long articles, int stored, int rejected, int failed) {

    public ServiceStatus {
        Objects.requireNonNull(crawl, "crawl");
    }

    /**
     * One console line: "12 sources (3 due), 0.8 pages/s, 80 articles (+4 stored, 2 rejected), next
     * poll in 41 s, errors: http://a.example 2".
     */
    public String line() {
        var text = new StringBuilder();
        text.append(crawl.sources())
                .append(" sources (")
                .append(crawl.sourcesDue())
                .append(" due), ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", crawl.pagesPerSecond()))
                .append(" pages/s, ")
                .append(articles)
                .append(" articles (+")
                .append(stored)
                .append(" stored, ")
                .append(rejected)
                .append(" rejected");
        if (failed > 0) text.append(", ").append(failed).append(" failed");
        text.append(')');
        crawl.nextDue()
                .ifPresent(next -> text.append(", next poll in ")
                        .append(Math.max(
                                0, java.time.Duration.between(crawl.at(), next).toSeconds()))
                        .append(" s"));
        if (!crawl.errorsByHost().isEmpty()) text.append(", errors: ").append(crawl.errorsByHost());
        crawl.problem().ifPresent(p -> text.append(", problem: ").append(p));
        return text.toString();
    }
}
