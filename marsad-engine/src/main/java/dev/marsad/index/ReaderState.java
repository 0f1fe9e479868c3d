package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * What searches need that depends only on one index reader: the facet ordinals and the display
 * labels of facet values (tag key → name, entity id → name, section → Arabic name). One is made
 * per reader by {@link ReaderStates} and shared by every search on that reader; building the facet
 * ordinals per query cost most of a search.
 *
 * <p>A tag's or entity's name is found in the first article carrying it (canonical first, then the
 * earliest, then the least id, as on SolrCloud), once per reader: labels
 * are remembered as they are first asked for, since a page shows only the top few values.
 */
final class ReaderState {

    /** Among a value's carriers of one kind (canonical or not): the earliest, then the least id. */
    private static final Sort FIRST_ORDER = new Sort(
            new SortField(IndexFields.PUBLISHED, SortField.Type.LONG),
            new SortField(IndexFields.ARTICLE_ID, SortField.Type.STRING));

    private final Optional<SortedSetDocValuesReaderState> facets;
    private final Function<Document, IndexedArticle> decode;
    private final Map<FacetValue, Optional<String>> names = new ConcurrentHashMap<>();
    private final AtomicLong lookups = new AtomicLong();

    private ReaderState(Optional<SortedSetDocValuesReaderState> facets, Function<Document, IndexedArticle> decode) {
        this.facets = facets;
        this.decode = decode;
    }

    /** Reads the facet ordinals of {@code reader}; the costly part, done once per reader. */
    static ReaderState of(IndexReader reader, FacetsConfig config, Function<Document, IndexedArticle> decode) {
        try {
            return new ReaderState(Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config)), decode);
        } catch (IllegalArgumentException noFacetsYet) { // an empty index has no facet field
            return new ReaderState(Optional.empty(), decode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values of the index: " + e.getMessage(), e);
        }
    }

    /** The facet ordinals; empty while the index holds no article. */
    Optional<SortedSetDocValuesReaderState> facets() {
        return facets;
    }

    /**
     * The display label of a facet value: a tag's or entity's name, a section's Arabic name, the
     * value itself otherwise or when no article names it.
     *
     * @param searcher a searcher over this state's reader
     */
    String label(IndexSearcher searcher, String dim, String value) {
        return name(searcher, dim, value).orElse(value);
    }

    /**
     * The name stored articles give a tag or entity key: the tag's display name, else (issue 11: a
     * tag that names an entity is that entity) the entity's name; a section's Arabic name; empty
     * when no article names it.
     *
     * @param searcher a searcher over this state's reader
     */
    Optional<String> name(IndexSearcher searcher, String dim, String value) {
        var facet = new FacetValue(dim, value);
        Optional<String> known = names.get(facet);
        if (known != null) return known;
        Optional<String> found = lookUp(searcher, facet);
        // only a name found is kept: a value whose article is not visible yet is looked up again
        if (found.isPresent()) names.put(facet, found);
        return found;
    }

    /** How many labels were looked up in stored articles; for tests. */
    long lookups() {
        return lookups.get();
    }

    private Optional<String> lookUp(IndexSearcher searcher, FacetValue facet) {
        return name(facet.dim(), facet.value(), (dim, value) -> {
            lookups.incrementAndGet();
            return firstArticle(searcher, dim, value);
        });
    }

    /**
     * The name of a facet value, on any backend: a section's Arabic name, a source as it is, a tag's
     * name in the first article carrying it, else (issue 11) the name of the entity with that key;
     * empty when no article names it.
     *
     * @param firstArticle the first article with a value in a field (tag or entity), as the backend finds it
     */
    static Optional<String> name(
            String dim, String value, BiFunction<String, String, Optional<AnalyzedArticle>> firstArticle) {
        if (dim.equals(IndexFields.SECTION)) {
            try {
                return Optional.of(Section.valueOf(value).arabicName());
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
        if (!dim.equals(IndexFields.TAG) && !dim.equals(IndexFields.ENTITY)) return Optional.of(value);
        Optional<String> name = firstArticle.apply(dim, value).flatMap(a -> nameIn(a, dim, value));
        if (name.isEmpty() && dim.equals(IndexFields.TAG))
            name = firstArticle.apply(IndexFields.ENTITY, value).flatMap(a -> nameIn(a, IndexFields.ENTITY, value));
        return name;
    }

    /**
     * The first article carrying a value, in SolrCloud's order ({@code FacetNames.FIRST_ORDER}):
     * a canonical one if any, the earliest published, then the least id. Doc order would differ
     * from it (an article stored before an earlier one, a copy stored first, segments merged).
     */
    private Optional<AnalyzedArticle> firstArticle(IndexSearcher searcher, String dim, String value) {
        try {
            Query carriers = new TermQuery(new Term(dim, value));
            Query canonical = new BooleanQuery.Builder()
                    .add(carriers, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.CANONICAL, IndexFields.TRUE)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs one = searcher.search(canonical, 1, FIRST_ORDER);
            if (one.scoreDocs.length == 0) one = searcher.search(carriers, 1, FIRST_ORDER);
            if (one.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(decode.apply(searcher.storedFields().document(one.scoreDocs[0].doc))
                    .analyzed());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up the name of " + dim + " '" + value + "'", e);
        }
    }

    private static Optional<String> nameIn(AnalyzedArticle analyzed, String dim, String value) {
        return dim.equals(IndexFields.TAG)
                ? analyzed.tag(value).map(Tag::name)
                : analyzed.entities().stream()
                        .filter(e -> e.id().equals(value))
                        .map(Entity::name)
                        .findFirst();
    }

    private record FacetValue(String dim, String value) {}
}
