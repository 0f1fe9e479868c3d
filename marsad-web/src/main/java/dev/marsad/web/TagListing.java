package dev.marsad.web;

import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.util.List;
import java.util.Optional;

/**
 * Tags as the reader pages and the API list them. The index keeps no tag table: the tag list is
 * the "tag" facet of all articles, and a tag's name and spellings come from an article carrying it.
 */
final class TagListing {

    /** The facet of a search result that counts tag keys. */
    static final String TAG_FACET = "tag";

    private TagListing() {}

    /**
     * One page of every tag, most used first, with how many tags there are; a tag nothing names (its
     * label is its key) is left out rather than shown by its key (issue 11).
     */
    static ArticleIndex.FacetPage tags(ArticleIndex index, Paging paging) {
        ArticleIndex.FacetPage page = index.facetValues(TAG_FACET, paging.page(), paging.pageSize());
        return new ArticleIndex.FacetPage(
                page.total(),
                page.values().stream()
                        .filter(f -> !f.label().equals(f.value())
                                || index.tagName(f.value()).isPresent())
                        .toList());
    }

    /**
     * One page of the articles with this tag, copies of other articles left out unless only copies
     * have it (a copy may carry tags of its own, and a story lists them); 404 when no article has it.
     */
    static SearchResult articles(ArticleIndex index, String key, Paging paging) {
        SearchQuery query = SearchQuery.of("").withTag(key).withPage(paging.page(), paging.pageSize());
        SearchResult result = index.search(query);
        if (result.total() == 0) result = index.search(query.withCopies());
        if (result.total() == 0) throw RequestRejected.notFound("no article has the tag '" + key + "'");
        return result;
    }

    /**
     * Whole records read, newest first, when the first article of a tag's page does not carry the tag
     * ({@link #tagOf}).
     */
    private static final int RECORDS_SCANNED = 50;

    /**
     * The tag as the first article of the result's query that carries it names it (whole records: a card
     * has no tags; the query also finds articles that only name the entity of that key, issue 11, so
     * the first record may not carry the tag: review 4, L2), else as the index names it (the entity of
     * that id when no article has it as a tag: a tag that names an entity is that entity). The first
     * record is read alone (it carries the tag on most pages); when it does not, the first {@value
     * #RECORDS_SCANNED}.
     *
     * @throws RequestRejected not found when nothing names the key
     */
    static Tag tagOf(ArticleIndex index, SearchResult result, String key) {
        for (int records : List.of(1, RECORDS_SCANNED)) {
            List<IndexedArticle> read = index.searchArticles(result.query().withPage(1, records));
            Optional<Tag> carried =
                    read.stream().flatMap(a -> a.analyzed().tag(key).stream()).findFirst();
            if (carried.isPresent()) return carried.get();
            if (read.size() < records) break;
        }
        return index.tagName(key)
                .map(name -> new Tag(name, key, List.of(name)))
                .orElseThrow(() -> RequestRejected.notFound("no article names the tag '" + key + "'"));
    }
}
