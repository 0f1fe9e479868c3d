package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: how an {@link IndexedArticle} or a {@link Story} becomes a Lucene document.
 * The same field names are what a distributed backend must index.
 */
final class IndexFields {

    static final String KIND = "kind";
    static final String KIND_ARTICLE = "article";
    static final String KIND_STORY = "story";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    static final String CANONICAL = "canonical";
    static final String DUPLICATE_OF = "duplicate_of";
    static final String STORY = "story";
    static final String FINGERPRINT = "fingerprint";
    static final String TAG = "tag";
    static final String ENTITY = "entity";
    static final String SOURCE = "source";
    static final String SECTION = "section";
    static final String JSON = "json";
    static final String LAST = "last";

    /** Facet dimensions, in the order the search page shows them. */
    static final String[] FACETS = {SOURCE, SECTION, TAG, ENTITY};

    /**
     * Text fields keep offsets in the postings, so the highlighter needs no re-analysis. Their terms
     * come from the analysed texts ({@link IndexAnalyzer#titleTerms}), their stored value from a
     * {@link StoredField} of the same name.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private static final String TRUE = "true";

    private final ArticleJson json;
    private final FacetsConfig facetsConfig = facetsConfig();

    IndexFields(ArticleJson json) {
        this.json = json;
    }

    static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(TAG, true);
        config.setMultiValued(ENTITY, true);
        config.setMultiValued(SOURCE, true);
        return config;
    }

    FacetsConfig config() {
        return facetsConfig;
    }

    Document articleDocument(IndexedArticle indexed) {
        AnalyzedArticle analyzed = indexed.analyzed();
        Article article = analyzed.article();
        var doc = new Document();
        doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(ID, KIND_ARTICLE + ":" + indexed.id(), Field.Store.YES));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new Field(TITLE, IndexAnalyzer.titleTerms(analyzed.texts()), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(BODY, article.plainText()));
        doc.add(new Field(BODY, IndexAnalyzer.bodyTerms(analyzed.texts()), TEXT_WITH_OFFSETS));
        long published = publishedMillis(indexed);
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        if (indexed.isCanonical()) doc.add(new StringField(CANONICAL, TRUE, Field.Store.NO));
        indexed.duplicateOf().ifPresent(d -> doc.add(new StringField(DUPLICATE_OF, d, Field.Store.NO)));
        doc.add(new StringField(STORY, indexed.storyId(), Field.Store.NO));
        for (String key : indexed.fingerprint()) doc.add(new StringField(FINGERPRINT, key, Field.Store.NO));
        for (Tag tag : analyzed.tags()) {
            doc.add(new StringField(TAG, tag.key(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag.key()));
        }
        for (Entity entity : analyzed.entities()) {
            doc.add(new StringField(ENTITY, entity.id(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(ENTITY, entity.id()));
        }
        for (String source : sources(article)) {
            doc.add(new StringField(SOURCE, source, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SOURCE, source));
        }
        doc.add(new StringField(SECTION, analyzed.section().name(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(SECTION, analyzed.section().name()));
        doc.add(new StoredField(JSON, json.write(indexed)));
        return build(doc);
    }

    Document storyDocument(Story story) {
        var doc = new Document();
        doc.add(new StringField(KIND, KIND_STORY, Field.Store.NO));
        doc.add(new StringField(ID, KIND_STORY + ":" + story.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(LAST, story.last().toEpochMilli()));
        doc.add(new StoredField(JSON, json.write(story)));
        return doc;
    }

    /**
     * The values of the source facet: the site that published the page and, when it names one,
     * the original publisher it copied from; filtering on either finds the article.
     */
    static java.util.List<String> sources(Article article) {
        var values = new java.util.ArrayList<String>(2);
        article.siteName().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(values::add);
        article.source()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !values.contains(s))
                .ifPresent(values::add);
        return values;
    }

    static long publishedMillis(IndexedArticle indexed) {
        return indexed.analyzed()
                .article()
                .published()
                .orElse(indexed.indexedAt())
                .toEpochMilli();
    }

    static Instant published(IndexedArticle indexed) {
        return Instant.ofEpochMilli(publishedMillis(indexed));
    }

    private Document build(Document doc) {
        try {
            return facetsConfig.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot build facet fields", e);
        }
    }

    private static FieldType textWithOffsets() {
        var type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
