/**
 * The crawl stage: from a publisher's feeds, sitemaps and section pages to stored raw pages.
 *
 * <h2>Flow of one run ({@link dev.marsad.crawl.CrawlRun})</h2>
 *
 * <ol>
 *   <li><b>Sources</b> come from a JSON file ({@link dev.marsad.crawl.SourceList#read}) and are
 *       recorded in the crawl state.
 *   <li><b>Discovery.</b> Every feed (RSS, Atom, JSON Feed), sitemap (index, news sitemap) and start
 *       page of every source is fetched with a conditional GET; the article URLs it lists are
 *       normalised and inserted into the frontier once (title and date from the listing kept as
 *       hints). Start pages contribute their same-host links, depth 1.
 *   <li><b>Fetch.</b> The frontier URLs that are due (new, or transient failures of earlier runs),
 *       within the run's page budgets, are fetched host by host: hosts in parallel on virtual
 *       threads, each host serially with its delay (the source's, or robots.txt's Crawl-delay if
 *       longer). Every hop of a redirect chain is checked against robots.txt (RFC 9309) first.
 *   <li><b>Capture.</b> Every response (robots.txt, listings, pages, redirects, errors) is written to
 *       a gzip WARC file under {@code <data>/warc/} before anything parses it, so any later stage can
 *       be re-run from the archive ({@link dev.marsad.crawl.WarcPages} reads it back, and reads
 *       other archives too).
 *   <li><b>Handling.</b> Each fetched page goes to the injected {@link dev.marsad.crawl.PageHandler}
 *       (the pipeline: extract, analyze, index), one call at a time; its {@link
 *       dev.marsad.crawl.PageVerdict} is recorded, and an exception is recorded as a failure of that
 *       URL while the run goes on.
 *   <li><b>Record.</b> Every frontier URL ends the run in a final {@link dev.marsad.crawl.UrlState}
 *       with the stage and the reason, in SQLite ({@link dev.marsad.crawl.CrawlState}); listings
 *       and robots.txt fetches are in the same fetch log. Progress goes to a {@link
 *       dev.marsad.crawl.CrawlListener}.
 * </ol>
 *
 * <h2>Continuous crawling ({@link dev.marsad.crawl.ContinuousCrawl})</h2>
 *
 * <p>The same steps, repeated until stopped, on what is due: every listing has a poll schedule in
 * the crawl state, adapted to how often it brings new URLs ({@link dev.marsad.crawl.PollPolicy});
 * each turn re-reads the sources (from {@code <data>/sources.json}, {@link
 * dev.marsad.crawl.SourceRegistry}), polls the due listings, fetches due pages until the next
 * listing is due, then sleeps. Sources are found from a home page by {@link
 * dev.marsad.crawl.SourceFinder} and imported from or exported to OPML by {@link
 * dev.marsad.crawl.Opml}.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>A URL stays pending until its final state is committed, so a killed run resumes where it
 *       stopped; at most the pages in flight at the kill are fetched again. An interrupted crawl
 *       lets the handler finish the pages it holds; requests still on the wire stay pending.
 *   <li>A URL is fetched once: the frontier is keyed by the normalised URL, and redirect targets are
 *       recorded under their own URL too. Unchanged listings cost a 304.
 *   <li>Bodies are bytes as received (after gzip/deflate decoding), never decoded to text here:
 *       charset detection belongs to the extractor.
 * </ul>
 *
 * <p>This package imports no later stage; the pipeline is injected through {@link
 * dev.marsad.crawl.PageHandler}.
 */
package dev.marsad.crawl;
