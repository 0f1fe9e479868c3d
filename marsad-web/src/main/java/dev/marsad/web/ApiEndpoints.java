package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON API under /api, described by the OpenAPI document it serves at {@value #OPENAPI_PATH}.
 * Bodies are the records of {@link ApiBodies} and {@link ApiArticle}; every listing has the one
 * list shape ({@link ApiBodies.ListBody}: items, total, page, pageSize, pageCount, links); failures
 * go through {@link ErrorResponses}.
 *
 * <pre>
 * GET /api/articles?page=&amp;pageSize=      latest canonical articles
 * GET /api/articles/{id}                  one article (the article shape) with its copies, copy group and related reading
 * GET /api/stories?page=&amp;pageSize=       latest stories
 * GET /api/stories/{id}                   one story with its articles, storyline and related stories
 * GET /api/storylines/{id}                one storyline with its stories in order
 * GET /api/tags?page=&amp;pageSize=          every tag with its count, most used first
 * GET /api/tags/{key}?page=&amp;pageSize=    one tag with its articles
 * GET /api/entities/{id}?page=&amp;pageSize=  one entity: name, type, spellings, roles, stories, articles
 * GET /api/publishers/{name}?page=&amp;pageSize=  one publisher: its figures, stories and articles
 * GET /api/search?q=&amp;from=&amp;to=&amp;source=&amp;tag=&amp;entity=&amp;page=&amp;pageSize=
 * GET /api/openapi.json                   the OpenAPI 3.1 document of all this
 * </pre>
 */
final class ApiEndpoints {

    /** Related articles listed with an article. */
    static final int RELATED_LIMIT = 5;

    /** Where the OpenAPI document is served. */
    static final String OPENAPI_PATH = "/api/openapi.json";

    private final ArticleIndex index;
    private final ObjectMapper json;
    private final WebConfig config;
    private final SearchGate gate;
    private final Pictures pictures;
    private final byte[] openApi = WebServer.resource("openapi.json");

    ApiEndpoints(ArticleIndex index, ObjectMapper json, WebConfig config, SearchGate gate, Pictures pictures) {
        this.index = index;
        this.pictures = pictures;
        this.gate = gate;
        this.json = json;
        this.config = config;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::articles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/storylines/{id}", this::storyline);
        routes.get("/api/tags", this::tags);
        routes.get("/api/tags/{key}", this::tag);
        routes.get("/api/entities/{id}", this::entity);
        routes.get("/api/publishers/{name}", this::publisher);
        routes.get("/api/search", this::search);
        routes.get(
                OPENAPI_PATH,
                ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    }

    private void articles(Context ctx) {
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        SearchResult result = index.search(SearchQuery.of("").withPage(paging.page(), paging.pageSize()));
        List<ApiBodies.ArticleSummary> items = result.hits().stream()
                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                .toList();
        send(ctx, ApiBodies.ListBody.of(items, result.total(), paging, parameters.pageHref()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        IndexedArticle article =
                index.article(id).orElseThrow(() -> RequestRejected.notFound("no article with id '" + id + "'"));
        String canonicalId = article.duplicateOf().orElse(article.id());
        List<ApiBodies.ArticleSummary> copies = index.copiesOf(canonicalId).stream()
                .filter(c -> !c.id().equals(id))
                .map(ApiBodies.ArticleSummary::of)
                .toList();
        List<ApiBodies.Related> related = ArticlePageBuilder.relatedReading(index, article, RELATED_LIMIT).stream()
                .map(s -> new ApiBodies.Related(s.score(), ApiBodies.ArticleSummary.of(s.article())))
                .toList();
        Optional<String> cachedImage =
                pictures.leadCopy(article.analyzed().article()).map(Pictures.LeadCopy::href);
        send(ctx, ApiArticle.indexed(article, cachedImage, copies, CopyGroupView.of(index, article), related));
    }

    private void stories(Context ctx) {
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        List<ApiBodies.StorySummary> items = index.latestStories(paging.page(), paging.pageSize()).stream()
                .map(s -> ApiBodies.StorySummary.of(s, index::tagName))
                .toList();
        send(ctx, ApiBodies.ListBody.of(items, index.storyCount(), paging, parameters.pageHref()));
    }

    /** One story; the id of a story merged into another redirects (301) to that story. */
    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Story story = index.story(id).orElseThrow(() -> RequestRejected.notFound("no story with id '" + id + "'"));
        if (!story.id().equals(id)) {
            ctx.redirect("/api/stories/" + SitePaths.segment(story.id()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        List<ApiBodies.ArticleSummary> articles = index.storyArticles(id).stream()
                .map(ApiBodies.ArticleSummary::of)
                .toList();
        var seen = new java.util.HashSet<String>(List.of(id));
        List<ApiBodies.StorySummary> related = story.relatedIds().stream()
                .flatMap(r -> index.story(r).stream())
                .filter(s -> seen.add(s.id()))
                .map(s -> ApiBodies.StorySummary.of(s, index::tagName))
                .toList();
        send(
                ctx,
                new ApiBodies.StoryDetail(
                        ApiBodies.StorySummary.of(story, index::tagName),
                        articles,
                        index.storylineOf(id).map(ApiBodies.StorylineBody::of),
                        related));
    }

    /** One storyline with its stories in order. */
    private void storyline(Context ctx) {
        String id = ctx.pathParam("id");
        Storyline line =
                index.storyline(id).orElseThrow(() -> RequestRejected.notFound("no storyline with id '" + id + "'"));
        send(ctx, ApiBodies.StorylineBody.of(line));
    }

    private void tags(Context ctx) {
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        ArticleIndex.FacetPage tags = TagListing.tags(index, paging);
        List<ApiBodies.TagCount> items = tags.values().stream()
                .map(f -> new ApiBodies.TagCount(
                        f.value(), f.label(), f.count(), "/api/tags/" + SitePaths.segment(f.value())))
                .toList();
        send(ctx, ApiBodies.ListBody.of(items, tags.total(), paging, parameters.pageHref()));
    }

    private void tag(Context ctx) {
        String key = ctx.pathParam("key");
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        SearchResult result = TagListing.articles(index, key, paging);
        Tag tag = TagListing.tagOf(index, result, key);
        List<ApiBodies.ArticleSummary> items = result.hits().stream()
                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                .toList();
        send(
                ctx,
                ApiBodies.TagBody.of(
                        new ApiBodies.TagInfo(key, tag.name(), tag.variants()),
                        ApiBodies.ListBody.of(items, result.total(), paging, parameters.pageHref())));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        EntityProfile p = EntityProfile.of(index, id, paging);
        List<ApiBodies.ArticleSummary> items = p.articles().hits().stream()
                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                .toList();
        List<ApiBodies.EntityStory> stories =
                p.stories().stream().map(ApiEndpoints::entityStory).toList();
        var info = new ApiBodies.EntityInfo(
                id,
                SitePaths.entity(id),
                p.name(),
                p.type().name().toLowerCase(Locale.ROOT),
                p.variants(),
                p.roles(),
                p.articleCount(),
                stories);
        send(
                ctx,
                ApiBodies.EntityBody.of(
                        info, ApiBodies.ListBody.of(items, p.articleCount(), paging, parameters.pageHref())));
    }

    /** A publisher: its figures (from its latest articles), its stories, one page of its articles. */
    private void publisher(Context ctx) {
        String name = ctx.pathParam("name");
        QueryParameters parameters = new QueryParameters(ctx);
        Paging paging = parameters.paging(config.pageSize());
        // days as the site's zone counts them, like the page without a reader's cookie
        ArabicDateFormat siteDays = new ArabicDateFormat(config.zone());
        PublisherProfile p = PublisherProfile.of(index, name, paging, a -> PublisherPages.localDay(siteDays, a));
        List<ApiBodies.ArticleSummary> items = p.articles().hits().stream()
                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                .toList();
        String path = SitePaths.publisher(name);
        var info = new ApiBodies.PublisherInfo(
                name,
                path,
                p.articleCount(),
                p.sampled(),
                p.copyGroups(),
                p.originals(),
                p.perDay().stream()
                        .map(d -> new ApiBodies.DayCount(d.day(), d.count()))
                        .toList(),
                p.stories().stream().map(ApiEndpoints::entityStory).toList(),
                new ApiBodies.FeedLinks(path + "/feed.xml", path + "/feed.atom", path + "/feed.json"));
        send(
                ctx,
                new ApiBodies.PublisherBody(
                        info, ApiBodies.ListBody.of(items, p.articleCount(), paging, parameters.pageHref())));
    }

    private static ApiBodies.EntityStory entityStory(EntityProfile.StoryLine s) {
        return new ApiBodies.EntityStory(
                s.id(), "/api/stories/" + SitePaths.segment(s.id()), s.title(), s.articles(), s.first(), s.last());
    }

    private void search(Context ctx) {
        QueryParameters parameters = new QueryParameters(ctx);
        SearchQuery query = parameters.searchQuery(config.pageSize());
        send(ctx, ApiBodies.Search.of(gate.searchAndSuggest(index, query), parameters.pageHref()));
    }

    private void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON for " + ctx.path(), e);
        }
    }
}
