package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The index schema: how an {@link IndexedArticle} or a {@link Story} becomes a Lucene document.
 * The same field names are what a distributed backend must index.
 */
final class IndexFields {

    static final String KIND = "kind";
    static final String KIND_ARTICLE = "article";
    static final String KIND_STORY = "story";
    static final String KIND_STORYLINE = "storyline";
    /** The stories of a storyline, so that a story's storyline is found by the story id. */
    static final String LINE_STORY = "line_story";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    /**
     * An original's copy headlines ({@link CopyRelations#copyHeadlines()}): the headlines that other
     * outlets gave the copies folded into it, searched beside title and body (issue 13), never shown
     * or highlighted; absent from articles stored before it existed and from articles without copies.
     */
    static final String COPY_HEADLINES = "copy_headlines";

    /** The fields a reader's words are looked for in: each word must be in one of them. */
    static final List<String> SEARCHED_TEXT = List.of(TITLE, BODY, COPY_HEADLINES);

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
    /**
     * An article as lists show it ({@link ListedArticle}), JSON, stored beside the whole record and read
     * for search hits instead of it; absent from articles stored before it existed.
     */
    static final String CARD = "card";

    static final String LAST = "last";
    /** A story's place on the home page ({@link Story#rank()}). */
    static final String RANK = "rank";
    /** The ids of stories merged into a story ({@link Story#mergedIds()}), so an old story URL resolves. */
    static final String MERGED = "merged";
    /** The article id alone (doc values), the tie-break of candidate order. */
    static final String ARTICLE_ID = "article_id";
    /** Topic-term keys from the link stage ({@link CandidateQuery.Field#TERM}). */
    static final String TOPIC = "topic";
    /** The link stage's profile (binary doc values), read for candidates instead of the JSON. */
    static final String LINK_PROFILE = "link_profile";

    /** Facet dimensions, in the order the search page shows them. */
    static final String[] FACETS = {SOURCE, SECTION, TAG, ENTITY};

    /**
     * Text fields keep offsets in the postings, so the highlighter needs no re-analysis. Their terms
     * come from the analysed texts ({@link IndexAnalyzer#titleTerms}), their stored value from a
     * {@link StoredField} of the same name.
     */
    private static final FieldType TEXT_WITH_OFFSETS = textWith(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    /** A text field that is searched (phrases too) but never highlighted: no offsets, no stored value. */
    private static final FieldType TEXT_WITH_POSITIONS = textWith(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    /** The value of {@link #CANONICAL} on a canonical article. */
    static final String TRUE = "true";

    /**
     * Longest keyword value indexed as a term and a facet value, in UTF-8 bytes. Lucene fails the
     * whole document on a term over 32,766 bytes or a facet path over 8,191 chars; no reader filters
     * by a name this long anyway.
     */
    static final int MAX_KEYWORD_BYTES = 1024;

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

    /** The field that holds the keys of one kind. */
    static String fieldOf(CandidateQuery.Field field) {
        return switch (field) {
            case BAND -> FINGERPRINT;
            case TERM -> TOPIC;
            case ENTITY -> ENTITY;
            case TAG -> TAG;
        };
    }

    Document articleDocument(IndexedArticle indexed, LinkFeatures features) {
        AnalyzedArticle analyzed = indexed.analyzed();
        Article article = analyzed.article();
        var doc = new Document();
        doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
        doc.add(new StringField(ID, KIND_ARTICLE + ":" + indexed.id(), Field.Store.YES));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new Field(TITLE, IndexAnalyzer.titleTerms(analyzed.texts()), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(BODY, article.plainText()));
        doc.add(new Field(BODY, IndexAnalyzer.bodyTerms(analyzed.texts()), TEXT_WITH_OFFSETS));
        List<String> copyHeadlines = indexed.copies().searchedHeadlines(article.title());
        if (!copyHeadlines.isEmpty())
            doc.add(new Field(COPY_HEADLINES, IndexAnalyzer.copyHeadlineTerms(copyHeadlines), TEXT_WITH_POSITIONS));
        long published = publishedMillis(indexed);
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        if (indexed.isCanonical()) doc.add(new StringField(CANONICAL, TRUE, Field.Store.NO));
        indexed.duplicateOf().ifPresent(d -> doc.add(new StringField(DUPLICATE_OF, d, Field.Store.NO)));
        doc.add(new StringField(STORY, indexed.storyId(), Field.Store.NO));
        // what a candidate query reads instead of the JSON: id, story, published (above), profile
        doc.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(indexed.id())));
        doc.add(new SortedDocValuesField(STORY, new BytesRef(indexed.storyId())));
        if (features.hasProfile()) doc.add(new BinaryDocValuesField(LINK_PROFILE, new BytesRef(features.profile())));
        // exactly the keys a candidate query evaluated in memory sees (CandidateKeys): band keys and
        // topic terms here, tags and entities with their facets, which leave out the same long values
        CandidateKeys keys = CandidateKeys.of(indexed, features);
        for (CandidateQuery.Field field : List.of(CandidateQuery.Field.BAND, CandidateQuery.Field.TERM))
            for (String key : keys.keys(field)) doc.add(new StringField(fieldOf(field), key, Field.Store.NO));
        // the reader's tags and the page's: a page tag keyed as an entity among the reader's tags
        // keeps its own key too, which stories (made from page tags) link to
        var tagKeys = new java.util.LinkedHashSet<String>();
        for (Tag tag : analyzed.readerTags()) tagKeys.add(tag.key());
        for (Tag tag : analyzed.tags()) tagKeys.add(tag.key());
        for (String key : tagKeys) addFacet(doc, TAG, key);
        for (Entity entity : analyzed.entities()) addFacet(doc, ENTITY, entity.id());
        for (String source : sources(article)) addFacet(doc, SOURCE, source);
        addFacet(doc, SECTION, analyzed.section().name());
        // before the whole record: a search hit's read stops at the card
        doc.add(new StoredField(CARD, json.writeCard(ListedArticle.of(indexed))));
        doc.add(new StoredField(JSON, json.write(indexed)));
        return build(doc);
    }

    /**
     * A value to filter and count on (a tag key, an entity id, a source), unless it is longer than
     * {@value #MAX_KEYWORD_BYTES} bytes: such a value stays in the stored article only.
     */
    private static void addFacet(Document doc, String field, String value) {
        if (!fitsAsKeyword(value)) return;
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** Whether a value is short enough to be a term and a facet value; see {@link #MAX_KEYWORD_BYTES}. */
    static boolean fitsAsKeyword(String value) {
        return UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length()) <= MAX_KEYWORD_BYTES;
    }

    Document storyDocument(Story story) {
        var doc = new Document();
        doc.add(new StringField(KIND, KIND_STORY, Field.Store.NO));
        doc.add(new StringField(ID, KIND_STORY + ":" + story.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(LAST, story.last().toEpochMilli()));
        doc.add(new NumericDocValuesField(RANK, story.rank().toEpochMilli()));
        for (String merged : story.mergedIds()) doc.add(new StringField(MERGED, merged, Field.Store.NO));
        doc.add(new StoredField(JSON, json.write(story)));
        return doc;
    }

    Document storylineDocument(Storyline storyline) {
        var doc = new Document();
        doc.add(new StringField(KIND, KIND_STORYLINE, Field.Store.NO));
        doc.add(new StringField(ID, KIND_STORYLINE + ":" + storyline.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(LAST, storyline.last().toEpochMilli()));
        for (String story : storyline.storyIds()) doc.add(new StringField(LINE_STORY, story, Field.Store.NO));
        for (String merged : storyline.mergedIds()) doc.add(new StringField(MERGED, merged, Field.Store.NO));
        doc.add(new StoredField(JSON, json.write(storyline)));
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

    private static FieldType textWith(IndexOptions options) {
        var type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
