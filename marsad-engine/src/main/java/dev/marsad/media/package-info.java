/**
 * Pictures: an article's lead image and its site's icon, fetched by Marsad itself (so that a
 * reader's browser never calls the publisher's or a CDN's host), checked, scaled to a few widths
 * and kept in a content-addressed cache in the data folder ({@code images/}).
 *
 * <p>Entry points: {@link dev.marsad.media.ArticleImages} (the ingest pipeline hands it each stored
 * article; a bounded queue of fetches runs beside the pipeline), {@link dev.marsad.media.ImageStore}
 * (the cache, read by the web server) and {@link dev.marsad.media.ImageFetcher} (one image through
 * the crawler's fetcher: its address guard, redirects, time and size limits).
 */
package dev.marsad.media;
