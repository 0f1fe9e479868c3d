package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * The reader site: server-rendered right-to-left pages. Each handler builds a page model and
 * renders its template; missing things and bad parameters are thrown as {@link RequestRejected}.
 * Dates are written in the reader's zone and calendar ({@link ReaderPrefs}, from cookies set on
 * /settings); a page past the end of a listing is a 404 that says so.
 */
final class ReaderPages {

    /** Browsers and proxies may keep a page this long; the index changes by the minute at most. */
    static final String PAGE_CACHE = "public, max-age=60";

    /** The title of the tag index, "الوسوم". */
    static final String TAGS_TITLE = "\u0627\u0644\u0648\u0633\u0648\u0645";

    /** The first item of a listing: enough to learn how many it has. */
    private static final Paging FIRST = new Paging(1, 1);

    /** Tags on one page of the tag index. */
    static final int TAGS_PAGE_SIZE = 100;

    private final ArticleIndex index;
    private final WebConfig config;
    private final PageRenderer renderer;
    private final SearchGate gate;
    private final Clock clock;
    private final Pictures pictures;

    ReaderPages(
            ArticleIndex index,
            WebConfig config,
            PageRenderer renderer,
            SearchGate gate,
            Clock clock,
            Pictures pictures) {
        this.index = index;
        this.pictures = pictures;
        this.gate = gate;
        this.config = config;
        this.renderer = renderer;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get(
                "/",
                ctx -> render(ctx, "home.jte", stories(ctx).home(listingPage(ctx, index::storyCount, pageHref("/")))));
        routes.get("/article/{id}", this::article);
        routes.get("/story/{id}", this::story);
        routes.get(
                "/storyline/{id}",
                ctx -> render(
                        ctx,
                        "storyline.jte",
                        new StorylinePages(index, config, dates(ctx)).storyline(ctx.pathParam("id"))));
        routes.get("/tag/{key}", this::tag);
        routes.get("/entity/{id}", this::entity);
        routes.get("/tags", this::tags);
        routes.get("/section/{name}", this::section);
        routes.get("/publisher/{name}", this::publisher);
        routes.get("/search", this::search);
    }

    /** The reader's date format for this request: zone and calendar from the cookies, now from the clock. */
    ArabicDateFormat dates(Context ctx) {
        return ReaderPrefs.of(ctx, config).dates(clock.instant());
    }

    /** How this request's pages make article cards: the reader's dates, the site's pictures. */
    private Cards cards(Context ctx) {
        return new Cards(dates(ctx), pictures);
    }

    private StoryPages stories(Context ctx) {
        return new StoryPages(index, config, cards(ctx));
    }

    /** A story page; the id of a story merged into another redirects there. */
    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryPages pages = stories(ctx);
        Optional<String> merged = pages.mergedInto(id);
        if (merged.isPresent()) ctx.redirect(SitePaths.story(merged.get()), HttpStatus.MOVED_PERMANENTLY);
        else render(ctx, "story.jte", pages.story(id));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        IndexedArticle article =
                index.article(id).orElseThrow(() -> RequestRejected.notFound("no article with id '" + id + "'"));
        render(ctx, "article.jte", new ArticlePageBuilder(index, config, cards(ctx), pictures).build(article));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Paging paging = listingPage(
                ctx,
                () -> index.search(SearchQuery.of("").withEntity(id).withPage(1, 1))
                        .total(),
                pageHref(SitePaths.entity(id)));
        render(ctx, "entity.jte", new EntityPages(index, config, cards(ctx)).entity(id, paging));
    }

    private void tag(Context ctx) {
        String key = ctx.pathParam("key");
        Paging paging =
                listingPage(ctx, () -> TagListing.articles(index, key, FIRST).total(), pageHref(SitePaths.tag(key)));
        SearchResult result = TagListing.articles(index, key, paging);
        Tag tag = TagListing.tagOf(index, result, key);
        List<String> otherSpellings =
                tag.variants().stream().filter(v -> !v.equals(tag.name())).toList();
        String note = otherSpellings.isEmpty() ? "" : String.join("\u060C ", otherSpellings);
        articles(ctx, tag.name(), note, SitePaths.tag(key), paging, result);
    }

    private void tags(Context ctx) {
        IntFunction<String> href = pageHref("/tags");
        Paging paging = new QueryParameters(ctx)
                .readerPaging(
                        TAGS_PAGE_SIZE, () -> TagListing.tags(index, FIRST).total(), href);
        var page = TagListing.tags(index, paging);
        paging.requireWithin(page.total(), href);
        List<ListingPages.FacetLink> tags = page.values().stream()
                .map(f -> new ListingPages.FacetLink(SitePaths.tag(f.value()), f.label(), f.count(), false))
                .toList();
        render(
                ctx,
                "tags.jte",
                new ListingPages.Tags(
                        PageChrome.of(config, TAGS_TITLE, ""),
                        tags,
                        page.total(),
                        Pager.of(paging, Paging.pageCount(page.total(), paging.pageSize()), href)));
    }

    private void section(Context ctx) {
        Section section = section(ctx.pathParam("name"));
        SearchQuery all = SearchQuery.of("").withSection(section);
        Paging paging = listingPage(
                ctx, () -> index.search(all.withPage(1, 1)).total(), pageHref(SitePaths.section(section.name())));
        SearchResult result = index.search(all.withPage(paging.page(), paging.pageSize()));
        articles(ctx, section.arabicName(), "", SitePaths.section(section.name()), paging, result);
    }

    /** A publisher's page: its figures, its stories, its articles with "N of M" paging, its feeds. */
    private void publisher(Context ctx) {
        String name = ctx.pathParam("name");
        IntFunction<String> href = pageHref(SitePaths.publisher(name));
        Paging paging = listingPage(
                ctx, () -> PublisherListing.articles(index, name, FIRST).total(), href);
        PublisherPage page = new PublisherPages(index, config, cards(ctx)).publisher(name, paging);
        paging.requireWithin(page.articleCount(), href);
        render(ctx, "source.jte", page);
    }

    /** A page of articles under a heading, with "N of M" paging and the listing's feeds. */
    private void articles(Context ctx, String heading, String note, String path, Paging paging, SearchResult result) {
        IntFunction<String> href = pageHref(path);
        paging.requireWithin(result.total(), href);
        Cards cards = cards(ctx);
        render(
                ctx,
                "articles.jte",
                new ListingPages.Articles(
                        PageChrome.of(config, heading, "").withFeeds(path, ""),
                        heading,
                        note,
                        result.hits().stream()
                                .map(SearchResult.Hit::article)
                                .map(cards::of)
                                .toList(),
                        Pager.of(paging, result.pageCount(), href)));
    }

    /** The section named {@code name} in a path ("economy"); 404 when there is none. */
    static Section section(String name) {
        return Arrays.stream(Section.values())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> RequestRejected.notFound("no section named '" + name + "'"));
    }

    /** The href of a page of the listing at {@code path}: the path itself for page 1. */
    static IntFunction<String> pageHref(String path) {
        return p -> p == 1 ? path : path + "?page=" + p;
    }

    /**
     * The page of a reader listing of {@code total} items, which always shows the site's page size;
     * a page past its last is a 404 that says so.
     */
    private Paging listingPage(Context ctx, LongSupplier total, IntFunction<String> href) {
        return new QueryParameters(ctx).readerPaging(config.pageSize(), total, href);
    }

    private void search(Context ctx) {
        SearchQuery query = new QueryParameters(ctx).searchQuery(config.pageSize());
        SearchResult result = gate.searchAndSuggest(index, query);
        new Paging(query.page(), query.pageSize()).requireWithin(result.total(), new QueryParameters(ctx).pageHref());
        render(ctx, "search.jte", new SearchPageBuilder(config, cards(ctx)).build(result));
    }

    private void render(Context ctx, String template, Object model) {
        ctx.header("Cache-Control", PAGE_CACHE);
        // the reader's zone and calendar (cookies) change the page: caches must not mix readers
        ctx.header("Vary", "Cookie");
        ctx.html(renderer.render(template, model));
    }
}
