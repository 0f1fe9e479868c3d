package dev.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON API under /api. Bodies are the records of {@link ApiBodies}; failures go through
 * {@link ErrorResponses}.
 *
 * <pre>
 * GET /api/articles?page=&amp;pageSize=      latest canonical articles
 * GET /api/articles/{id}                  one article with its copies, its copy group and related articles of other stories
 * GET /api/stories?page=&amp;pageSize=       latest stories
 * GET /api/stories/{id}                   one story with its articles
 * GET /api/tags                           the most used tags with counts
 * GET /api/tags/{key}?page=&amp;pageSize=    one tag with its articles
 * GET /api/search?q=&amp;from=&amp;to=&amp;source=&amp;tag=&amp;entity=&amp;page=&amp;pageSize=
 * </pre>
 */
final class ApiEndpoints {

    /** Related articles listed with an article. */
    static final int RELATED_LIMIT = 5;

    private final ArticleIndex index;
    private final ObjectMapper json;
    private final WebConfig config;
    private final SearchGate gate;

    ApiEndpoints(ArticleIndex index, ObjectMapper json, WebConfig config, SearchGate gate) {
        this.index = index;
        this.gate = gate;
        this.json = json;
        this.config = config;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::articles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/tags", this::tags);
        routes.get("/api/tags/{key}", this::tag);
        routes.get("/api/search", this::search);
    }

    private void articles(Context ctx) {
        Paging paging = new QueryParameters(ctx).paging(config.pageSize());
        SearchQuery query = SearchQuery.of("").withPage(paging.page(), paging.pageSize());
        SearchResult result = index.search(query);
        send(
                ctx,
                new ApiBodies.Page<>(
                        query.page(),
                        query.pageSize(),
                        Optional.of(result.total()),
                        result.hits().stream()
                                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                                .toList()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        IndexedArticle article =
                index.article(id).orElseThrow(() -> RequestRejected.notFound("no article with id '" + id + "'"));
        String canonicalId = article.duplicateOf().orElse(article.id());
        List<IndexedArticle> copies = index.copiesOf(canonicalId).stream()
                .filter(c -> !c.id().equals(id))
                .toList();
        List<ApiBodies.Related> related = ArticlePageBuilder.relatedReading(index, article, RELATED_LIMIT).stream()
                .map(s -> new ApiBodies.Related(s.score(), ApiBodies.ArticleSummary.of(s.article())))
                .toList();
        send(ctx, ApiBodies.ArticleDetail.of(article, copies, CopyGroupView.of(index, article), related));
    }

    private void stories(Context ctx) {
        Paging paging = new QueryParameters(ctx).paging(config.pageSize());
        List<ApiBodies.StorySummary> items = index.latestStories(paging.page(), paging.pageSize()).stream()
                .map(ApiBodies.StorySummary::of)
                .toList();
        send(ctx, new ApiBodies.Page<>(paging.page(), paging.pageSize(), Optional.empty(), items));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Story story = index.story(id).orElseThrow(() -> RequestRejected.notFound("no story with id '" + id + "'"));
        List<ApiBodies.ArticleSummary> articles = index.storyArticles(id).stream()
                .map(ApiBodies.ArticleSummary::of)
                .toList();
        send(ctx, new ApiBodies.StoryDetail(ApiBodies.StorySummary.of(story), articles));
    }

    private void tags(Context ctx) {
        List<ApiBodies.TagCount> tags = TagListing.topTags(index).stream()
                .map(f -> new ApiBodies.TagCount(
                        f.value(), f.label(), f.count(), "/api/tags/" + SitePaths.segment(f.value())))
                .toList();
        send(ctx, tags);
    }

    private void tag(Context ctx) {
        String key = ctx.pathParam("key");
        SearchResult result = TagListing.articles(index, key, new QueryParameters(ctx).paging(config.pageSize()));
        Tag tag = TagListing.tagOf(result, key);
        List<ApiBodies.ArticleSummary> items = result.hits().stream()
                .map(h -> ApiBodies.ArticleSummary.of(h.article()))
                .toList();
        send(
                ctx,
                new ApiBodies.TagDetail(
                        key,
                        tag.name(),
                        tag.variants(),
                        new ApiBodies.Page<>(
                                result.query().page(), result.query().pageSize(), Optional.of(result.total()), items)));
    }

    private void search(Context ctx) {
        SearchQuery query = new QueryParameters(ctx).searchQuery(config.pageSize());
        send(ctx, ApiBodies.Search.of(gate.search(index, query)));
    }

    private void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON for " + ctx.path(), e);
        }
    }
}
