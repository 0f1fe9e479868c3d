package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The feeds of every listing, in the three {@link FeedFormat}s: home ({@code /feed.xml}), tag,
 * section, publisher, entity, story, storyline and search ({@code /search/feed.atom?q=…}). A page
 * that lists articles gets
 * its feeds with one line, {@link #register}:
 *
 * <pre>{@code
 * feeds.register(routes, "/story/{id}", ctx -> new FeedListing(title, SitePaths.story(id), articles));
 * }</pre>
 *
 * and its page links to them with {@link PageChrome#withFeeds}.
 */
final class Feeds {

    /** Articles in a feed: the latest ones of the listing. */
    static final int FEED_ITEMS = 50;

    /** Feed readers poll; five minutes of caching spares the index. */
    static final String FEED_CACHE = "public, max-age=300";

    private final ArticleIndex index;
    private final WebConfig config;
    private final FeedWriter writer;
    private final SearchGate gate;

    Feeds(ArticleIndex index, WebConfig config, FeedWriter writer, SearchGate gate) {
        this.index = index;
        this.config = config;
        this.writer = writer;
        this.gate = gate;
    }

    /**
     * Serves the listing at {@code pagePattern} ("/tag/{key}", or "/" for home) as {@code
     * pagePattern/feed.xml}, {@code .atom} and {@code .json}; {@code listing} makes the listing of a
     * request (and throws {@link RequestRejected} when there is none).
     */
    void register(RoutesConfig routes, String pagePattern, Function<Context, FeedListing> listing) {
        for (FeedFormat format : FeedFormat.values())
            routes.get(format.path(pagePattern), ctx -> send(ctx, listing.apply(ctx), format));
    }

    /** The feeds of the home, tag, section, publisher, entity, story, storyline and search listings. */
    void registerListings(RoutesConfig routes) {
        register(routes, "/", ctx -> new FeedListing(config.siteName(), "/", latest(SearchQuery.of(""))));
        register(routes, "/tag/{key}", ctx -> {
            String key = ctx.pathParam("key");
            SearchResult result = TagListing.articles(index, key, new Paging(1, FEED_ITEMS));
            String name = TagListing.tagOf(index, result, key).name();
            return new FeedListing(name, SitePaths.tag(key), index.searchArticles(result.query()));
        });
        register(routes, "/section/{name}", ctx -> {
            Section section = ReaderPages.section(ctx.pathParam("name"));
            return new FeedListing(
                    section.arabicName(),
                    SitePaths.section(section.name()),
                    latest(SearchQuery.of("").withSection(section)));
        });
        register(routes, "/publisher/{name}", ctx -> {
            String name = ctx.pathParam("name");
            return new FeedListing(
                    name,
                    SitePaths.publisher(name),
                    index.searchArticles(PublisherListing.articles(index, name, new Paging(1, FEED_ITEMS))
                            .query()));
        });
        register(routes, "/entity/{id}", ctx -> {
            EntityProfile entity = EntityProfile.of(index, ctx.pathParam("id"), new Paging(1, FEED_ITEMS));
            return new FeedListing(
                    entity.name(),
                    SitePaths.entity(entity.id()),
                    index.searchArticles(entity.articles().query()));
        });
        register(routes, "/story/{id}", ctx -> {
            Story story = index.story(ctx.pathParam("id"))
                    .orElseThrow(() -> RequestRejected.notFound("no story with id '" + ctx.pathParam("id") + "'"));
            return new FeedListing(
                    story.title(), SitePaths.story(story.id()), newestFirst(index.storyArticles(story.id())));
        });
        register(routes, "/storyline/{id}", ctx -> {
            Storyline line = index.storyline(ctx.pathParam("id"))
                    .orElseThrow(() -> RequestRejected.notFound("no storyline with id '" + ctx.pathParam("id") + "'"));
            var articles = new ArrayList<IndexedArticle>();
            for (Storyline.Entry e : line.stories()) articles.addAll(index.storyArticles(e.storyId()));
            return new FeedListing(line.title(), SitePaths.storyline(line.id()), newestFirst(articles));
        });
        register(routes, "/search", ctx -> {
            SearchQuery query = new QueryParameters(ctx).searchQuery(FEED_ITEMS).withPage(1, FEED_ITEMS);
            String queryString = SearchPageBuilder.queryString(query);
            String title = query.text().isEmpty() ? SearchPageBuilder.TITLE : query.text();
            return new FeedListing(title, "/search", queryString, gate.searchArticles(index, query));
        });
    }

    /** The latest {@link #FEED_ITEMS} of {@code articles}, newest first. */
    private static List<IndexedArticle> newestFirst(List<IndexedArticle> articles) {
        return articles.stream()
                .sorted(Comparator.comparing((IndexedArticle a) ->
                                a.analyzed().article().published().orElse(a.indexedAt()))
                        .reversed())
                .limit(FEED_ITEMS)
                .toList();
    }

    /** The whole articles of the first {@link #FEED_ITEMS} hits: a feed carries their full text. */
    private List<IndexedArticle> latest(SearchQuery query) {
        return index.searchArticles(query.withPage(1, FEED_ITEMS));
    }

    private void send(Context ctx, FeedListing listing, FeedFormat format) {
        ctx.header("Cache-Control", FEED_CACHE);
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(writer.write(listing, format));
    }
}
