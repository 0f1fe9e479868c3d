package dev.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marsad.analyze.DateMention;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.analyze.Tag;
import dev.marsad.arabic.text.DisplayText;
import dev.marsad.extract.Article;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import dev.marsad.ingest.ServiceStatus;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON bodies of the API, as records: what a program gets is written down here and nowhere
 * else. Dates are ISO-8601 strings; absent values are {@code null}.
 */
final class ApiBodies {

    private ApiBodies() {}

    /** Jackson with records, Optional (jdk8) and java.time (jsr310, ISO strings, not numbers). */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** The one error shape: {"status":400,"error":"bad_parameter","detail":"…"}. */
    record ErrorBody(int status, String error, String detail) {}

    /** One page of a listing. {@code total} is empty when the listing does not count. */
    record Page<T>(int page, int pageSize, Optional<Long> total, List<T> items) {}

    /** An article in a listing. */
    record ArticleSummary(
            String id,
            String href,
            String title,
            Optional<URI> url,
            String site,
            Optional<String> source,
            Optional<Instant> published,
            String section,
            String storyId,
            Optional<String> duplicateOf) {

        static ArticleSummary of(IndexedArticle indexed) {
            Article a = indexed.analyzed().article();
            return new ArticleSummary(
                    indexed.id(),
                    "/api/articles/" + SitePaths.segment(indexed.id()),
                    DisplayText.clean(a.title()),
                    SitePaths.webUri(a.url()),
                    ArticleCard.siteOf(a),
                    a.source(),
                    a.published(),
                    indexed.analyzed().section().name(),
                    indexed.storyId(),
                    indexed.duplicateOf());
        }
    }

    /**
     * The copy group of an article as seen from it: the other members with their relation to it
     * and what each changed in the original, and what the article itself changed.
     *
     * @param members the original first (when the article is a copy), then the other copies
     * @param added the article's own sentences, which its original does not have
     * @param cut the original's sentences that the article left out
     */
    record CopyGroup(List<CopyMember> members, List<String> added, List<String> cut) {

        /** Empty when the article has neither an original nor copies. */
        static Optional<CopyGroup> of(CopyGroupView view) {
            if (view.original().isEmpty() && view.copies().isEmpty()) return Optional.empty();
            var members = new java.util.ArrayList<CopyMember>();
            view.original().ifPresent(o -> members.add(CopyMember.of(o, true)));
            view.copies().forEach(c -> members.add(CopyMember.of(c, false)));
            return Optional.of(new CopyGroup(members, view.added(), view.cut()));
        }
    }

    /**
     * Another member of an article's copy group.
     *
     * @param original whether it is the group's original
     * @param relation what it is to the article, when the link stage recorded it
     * @param added its own sentences, which the original does not have
     * @param cut the original's sentences it left out
     */
    record CopyMember(
            ArticleSummary article,
            boolean original,
            Optional<CopyRelation> relation,
            List<String> added,
            List<String> cut) {

        static CopyMember of(CopyGroupView.Member m, boolean original) {
            return new CopyMember(
                    ArticleSummary.of(m.article()),
                    original,
                    m.relation().map(p -> new CopyRelation(p.kind(), p.sharedOfThis(), p.sharedOfPeer())),
                    m.added(),
                    m.cut());
        }
    }

    /**
     * A member's relation to the article.
     *
     * @param kind SAME, SHORTENED (the member is the article cut), EXTENDED (the member adds to
     *     it), EDITED, or PARTIAL (shares text but is no copy of it)
     * @param sharedOfMember the share of the member's text found, in order, in the article
     * @param sharedOfArticle the share of the article's text found, in order, in the member
     */
    record CopyRelation(CopyRelations.Kind kind, double sharedOfMember, double sharedOfArticle) {}

    /** An article with everything Marsad knows of it, its copies and related reading. */
    record ArticleDetail(
            ArticleSummary article,
            Optional<URI> canonicalUrl,
            Optional<String> subtitle,
            Optional<Instant> modified,
            List<String> authors,
            List<String> body,
            List<Embed> embeds,
            List<RelatedLink> relatedLinks,
            List<Tag> tags,
            List<Entity> entities,
            List<DateMention> dates,
            List<QuantityMention> quantities,
            List<String> keywords,
            List<ArticleSummary> copies,
            Optional<CopyGroup> copyGroup,
            List<Related> related) {

        static ArticleDetail of(
                IndexedArticle indexed, List<IndexedArticle> copies, CopyGroupView group, List<Related> related) {
            Article a = indexed.analyzed().article();
            return new ArticleDetail(
                    ArticleSummary.of(indexed),
                    SitePaths.webUri(a.canonicalUrl()),
                    a.subtitle(),
                    a.modified(),
                    a.authors(),
                    a.paragraphs(),
                    a.embeds().stream().map(ArticleDetail::withWebUrl).toList(),
                    a.relatedLinks().stream()
                            .map(r -> new RelatedLink(r.title(), r.url().flatMap(SitePaths::webUri)))
                            .toList(),
                    indexed.analyzed().tags(),
                    indexed.analyzed().entities(),
                    indexed.analyzed().dates(),
                    indexed.analyzed().quantities(),
                    indexed.analyzed().keywords(),
                    copies.stream().map(ArticleSummary::of).toList(),
                    CopyGroup.of(group),
                    related);
        }

        /** Extraction keeps only http(s) links; this is the second line of defence (issue 10). */
        private static Embed withWebUrl(Embed e) {
            return new Embed(
                    e.platform(),
                    e.author(),
                    e.handle(),
                    e.date(),
                    e.text(),
                    e.url().flatMap(SitePaths::webUri));
        }
    }

    /** A related article with its similarity score. */
    record Related(float score, ArticleSummary article) {}

    /** A story in a listing. */
    record StorySummary(
            String id,
            String href,
            String title,
            int articleCount,
            List<String> publishers,
            Instant first,
            Instant last,
            List<String> tags,
            List<String> entities) {

        static StorySummary of(Story s) {
            return new StorySummary(
                    s.id(),
                    "/api/stories/" + SitePaths.segment(s.id()),
                    DisplayText.clean(s.title()),
                    s.articleIds().size(),
                    s.publishers(),
                    s.first(),
                    s.last(),
                    s.tagKeys(),
                    s.entityIds());
        }
    }

    /** A story with its articles, oldest first. */
    record StoryDetail(StorySummary story, List<ArticleSummary> articles) {}

    /** A tag with how many articles carry it. */
    record TagCount(String key, String name, long count, String href) {}

    /** A tag with one page of its articles. */
    record TagDetail(String key, String name, List<String> variants, Page<ArticleSummary> articles) {}

    /** The echo of a search request. */
    record Query(
            String q,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            Optional<String> tag,
            Optional<String> entity,
            int page,
            int pageSize) {}

    /** One search hit; {@code snippet} is HTML with the matches in mark elements. */
    record Hit(ArticleSummary article, String snippet, float score) {}

    /** A page of search results with facet counts. */
    record Search(
            Query query,
            long total,
            long pageCount,
            List<Hit> hits,
            Map<String, List<SearchResult.FacetCount>> facets) {

        static Search of(SearchResult r) {
            SearchQuery q = r.query();
            return new Search(
                    new Query(q.text(), q.from(), q.to(), q.source(), q.tag(), q.entity(), q.page(), q.pageSize()),
                    r.total(),
                    r.pageCount(),
                    r.hits().stream()
                            .map(h -> new Hit(ArticleSummary.of(h.article()), h.snippet(), h.score()))
                            .toList(),
                    r.facets());
        }
    }

    /** What /health answers; {@code service} while a crawl keeps the index fresh ({@code marsad run}). */
    record Health(
            String status,
            long articles,

            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
            Optional<Service> service) {}

    /** The running service in /health: the crawl's schedule and throughput, and what was stored. */
    record Service(
            int sources,
            int sourcesDue,
            int listings,
            int listingsDue,
            Optional<java.time.Instant> nextPoll,
            double pagesPerSecond,
            int pagesDue,
            Map<String, Long> pages,
            Map<String, Long> errorsByHost,
            int stored,
            int rejected,
            int failed,
            Optional<String> problem) {

        static Service of(ServiceStatus s) {
            var pages = new java.util.TreeMap<String, Long>();
            s.crawl().pages().forEach((state, n) -> pages.put(state.name().toLowerCase(java.util.Locale.ROOT), n));
            return new Service(
                    s.crawl().sources(),
                    s.crawl().sourcesDue(),
                    s.crawl().listings(),
                    s.crawl().listingsDue(),
                    s.crawl().nextDue(),
                    s.crawl().pagesPerSecond(),
                    s.crawl().pagesDue(),
                    pages,
                    s.crawl().errorsByHost(),
                    s.stored(),
                    s.rejected(),
                    s.failed(),
                    s.crawl().problem());
        }
    }
}
