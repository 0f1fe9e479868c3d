package dev.marsad.web;

import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reader site: server-rendered right-to-left pages. Each handler builds a page model and
 * renders its template; missing things and bad parameters are thrown as {@link RequestRejected}.
 */
final class ReaderPages {

    /** Browsers and proxies may keep a page this long; the index changes by the minute at most. */
    static final String PAGE_CACHE = "public, max-age=60";

    /** The title of the tag index, "الوسوم". */
    static final String TAGS_TITLE = "\u0627\u0644\u0648\u0633\u0648\u0645";

    private final ArticleIndex index;
    private final WebConfig config;
    private final PageRenderer renderer;
    private final ArabicDateFormat dates;
    private final ArticlePageBuilder articlePages;
    private final StoryPages storyPages;
    private final SearchPageBuilder searchPages;

    private final SearchGate gate;

    ReaderPages(ArticleIndex index, WebConfig config, PageRenderer renderer, SearchGate gate) {
        this.index = index;
        this.gate = gate;
        this.config = config;
        this.renderer = renderer;
        this.dates = new ArabicDateFormat(config.zone());
        this.articlePages = new ArticlePageBuilder(index, config);
        this.storyPages = new StoryPages(index, config);
        this.searchPages = new SearchPageBuilder(config);
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> render(ctx, "home.jte", storyPages.home(listingPage(ctx))));
        routes.get("/article/{id}", this::article);
        routes.get("/story/{id}", ctx -> render(ctx, "story.jte", storyPages.story(ctx.pathParam("id"))));
        routes.get("/tag/{key}", this::tag);
        routes.get("/tags", this::tags);
        routes.get("/section/{name}", this::section);
        routes.get("/search", this::search);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        IndexedArticle article =
                index.article(id).orElseThrow(() -> RequestRejected.notFound("no article with id '" + id + "'"));
        render(ctx, "article.jte", articlePages.build(article));
    }

    private void tag(Context ctx) {
        String key = ctx.pathParam("key");
        Paging paging = listingPage(ctx);
        SearchResult result = TagListing.articles(index, key, paging);
        Tag tag = TagListing.tagOf(index, result, key);
        List<String> otherSpellings =
                tag.variants().stream().filter(v -> !v.equals(tag.name())).toList();
        String note = otherSpellings.isEmpty() ? "" : String.join("\u060C ", otherSpellings);
        render(
                ctx,
                "articles.jte",
                new ListingPages.Articles(
                        PageChrome.of(config, tag.name(), ""),
                        tag.name(),
                        note,
                        cards(result.hits().stream().map(SearchResult.Hit::article)),
                        Pager.of(paging, result.pageCount(), p -> SitePaths.tag(key) + "?page=" + p)));
    }

    private void tags(Context ctx) {
        List<ListingPages.FacetLink> tags = TagListing.topTags(index).stream()
                .map(f -> new ListingPages.FacetLink(SitePaths.tag(f.value()), f.label(), f.count(), false))
                .toList();
        render(ctx, "tags.jte", new ListingPages.Tags(PageChrome.of(config, TAGS_TITLE, ""), tags));
    }

    private void section(Context ctx) {
        String name = ctx.pathParam("name");
        Section section = Arrays.stream(Section.values())
                .filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> RequestRejected.notFound("no section named '" + name + "'"));
        Paging paging = listingPage(ctx);
        SearchResult result =
                index.search(SearchQuery.of("").withSection(section).withPage(paging.page(), paging.pageSize()));
        String href = SitePaths.section(section.name());
        render(
                ctx,
                "articles.jte",
                new ListingPages.Articles(
                        PageChrome.of(config, section.arabicName(), ""),
                        section.arabicName(),
                        "",
                        cards(result.hits().stream().map(SearchResult.Hit::article)),
                        Pager.of(paging, result.pageCount(), p -> href + "?page=" + p)));
    }

    /** The page of a reader listing, which always shows the site's page size. */
    private Paging listingPage(Context ctx) {
        return new QueryParameters(ctx).pagingBy(config.pageSize());
    }

    private void search(Context ctx) {
        SearchQuery query = new QueryParameters(ctx).searchQuery(config.pageSize());
        render(ctx, "search.jte", searchPages.build(gate.search(index, query)));
    }

    private List<ArticleCard> cards(Stream<IndexedArticle> articles) {
        return articles.map(a -> ArticleCard.of(a, dates)).toList();
    }

    private void render(Context ctx, String template, Object model) {
        ctx.header("Cache-Control", PAGE_CACHE);
        ctx.html(renderer.render(template, model));
    }
}
