package dev.marsad.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Articles, stories and storylines as Solr documents with the fields of the embedded index ({@link
 * IndexFields}): the same ids ({@code kind:id}), keywords, facet values and numbers, and title and
 * body as the terms marsad-arabic produced with their offsets, in PreAnalyzedField's JSON form
 * ({@code {"v":"1","str":…,"tokens":[{"t":…,"s":…,"e":…,"i":…},…]}}).
 */
final class SolrDocuments {

    /** The id of the document that holds what the last commit recorded ({@link ArticleIndex#commitData()}). */
    static final String COMMIT_ID = "meta:commit";

    private static final String PRE_ANALYZED_VERSION = "1";

    /** What a pre-analysed field carries besides its terms and positions. */
    enum Kept {
        /** The terms only: the field is searched, never highlighted (title, body, copy headlines). */
        TERMS,
        /**
         * The terms with their offsets, and the text stored: Solr highlights the field from the offsets
         * in its postings, as the embedded index does, without analysing the text again ({@link #PASSAGES}).
         */
        TERMS_OFFSETS_AND_TEXT
    }

    /**
     * The stored record of an article: its JSON deflated. Search answers carry it for every hit, and
     * as text it was the larger part of a search's time outside Solr (about 2 ms of 5 at the median,
     * BENCHMARKS.md); deflated it is a fraction of the bytes to write, send and read. Stories and the
     * other small records keep plain JSON in {@link IndexFields#JSON}.
     */
    static final String PACKED_JSON = "json_packed";

    /**
     * The body once more, with its terms' offsets in the postings and its text stored, for
     * highlighting ({@link HitHighlighter}); once every article has it, searches ask the body's terms
     * of it instead of the body's, so that one query finds and marks ({@link WrittenEverywhere}).
     */
    static final String PASSAGES = "body_passages";

    /**
     * Every term of the title, the body and the copy headlines, each once, without positions (the
     * documents only): a respelling's counts ask a term of this field instead of the three
     * ({@link SearchedTerms}), about half Solr's work a count. Once every article has it ({@link
     * WrittenEverywhere}); a collection made before it keeps counting on the three.
     */
    static final String SEARCHED_TERMS = "searched_terms";

    /** The fields to ask for to read any stored record ({@link #jsonOf}). */
    static final String[] JSON_FIELDS = {IndexFields.JSON, PACKED_JSON};

    private final ArticleJson json = new ArticleJson();
    private final JsonFactory factory = new JsonFactory();

    ArticleJson json() {
        return json;
    }

    static String articleId(String id) {
        return IndexFields.KIND_ARTICLE + ":" + id;
    }

    static String storyId(String id) {
        return IndexFields.KIND_STORY + ":" + id;
    }

    static String storylineId(String id) {
        return IndexFields.KIND_STORYLINE + ":" + id;
    }

    SolrInputDocument article(IndexedArticle indexed, LinkFeatures features) {
        AnalyzedArticle analyzed = indexed.analyzed();
        Article article = analyzed.article();
        var doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, articleId(indexed.id()));
        doc.addField(IndexFields.KIND, IndexFields.KIND_ARTICLE);
        var searched = new LinkedHashSet<String>(); // every term of title, body and copy headlines, once
        doc.addField(
                IndexFields.TITLE,
                preAnalyzed(article.title(), IndexAnalyzer.titleTerms(analyzed.texts()), Kept.TERMS, searched::add));
        doc.addField(
                IndexFields.BODY,
                preAnalyzed(article.plainText(), IndexAnalyzer.bodyTerms(analyzed.texts()), Kept.TERMS, searched::add));
        List<String> copyHeadlines = indexed.copies().searchedHeadlines(article.title());
        if (!copyHeadlines.isEmpty())
            doc.addField(
                    IndexFields.COPY_HEADLINES,
                    preAnalyzed(
                            String.join("\n", copyHeadlines),
                            IndexAnalyzer.copyHeadlineTerms(copyHeadlines),
                            Kept.TERMS,
                            searched::add));
        doc.addField(SEARCHED_TERMS, termsOnly(searched));
        doc.addField(
                PASSAGES,
                preAnalyzed(
                        article.plainText(),
                        IndexAnalyzer.bodyTerms(analyzed.texts()),
                        Kept.TERMS_OFFSETS_AND_TEXT,
                        t -> {})); // the body's terms, in searched already
        doc.addField(IndexFields.PUBLISHED, IndexFields.publishedMillis(indexed));
        if (indexed.isCanonical()) doc.addField(IndexFields.CANONICAL, "true");
        indexed.duplicateOf().ifPresent(d -> doc.addField(IndexFields.DUPLICATE_OF, d));
        doc.addField(IndexFields.STORY, indexed.storyId());
        doc.addField(IndexFields.ARTICLE_ID, indexed.id());
        if (features.hasProfile()) doc.addField(IndexFields.LINK_PROFILE, features.profile());
        CandidateKeys keys = CandidateKeys.of(indexed, features);
        for (CandidateQuery.Field field : List.of(CandidateQuery.Field.BAND, CandidateQuery.Field.TERM))
            for (String key : keys.keys(field)) doc.addField(IndexFields.fieldOf(field), key);
        // as the embedded index: the reader's tags and the page's, each key once
        var tagKeys = new LinkedHashSet<String>();
        for (Tag tag : analyzed.readerTags()) tagKeys.add(tag.key());
        for (Tag tag : analyzed.tags()) tagKeys.add(tag.key());
        addKeywords(doc, IndexFields.TAG, tagKeys);
        addKeywords(
                doc,
                IndexFields.ENTITY,
                analyzed.entities().stream().map(Entity::id).toList());
        addKeywords(doc, IndexFields.SOURCE, IndexFields.sources(article));
        addKeywords(doc, IndexFields.SECTION, List.of(analyzed.section().name()));
        doc.addField(IndexFields.CARD, json.writeCard(ListedArticle.of(indexed)));
        doc.addField(PACKED_JSON, packed(json.write(indexed)));
        return doc;
    }

    /**
     * The card of an article document read with {@link IndexFields#CARD} ({@link ListedArticle}, JSON):
     * the string javabin decoded, parsed as it is (encoding it to UTF-8 again for Jackson's byte parser
     * took twice as long for a page's ten cards: 0.08 against 0.04 ms, issue 13).
     *
     * @throws IllegalStateException when the document has no card (stored before cards existed)
     */
    static String cardOf(SolrDocument doc) {
        if (doc.getFieldValue(IndexFields.CARD) instanceof String card) return card;
        throw new IllegalStateException("document " + doc.getFieldValue(IndexFields.ID) + " holds no card");
    }

    /** The stored record of a document read with {@link #JSON_FIELDS}: its JSON, unpacked if packed. */
    static String jsonOf(SolrDocument doc) {
        if (doc.getFieldValue(PACKED_JSON) == null && doc.getFieldValue(IndexFields.JSON) instanceof String plain)
            return plain;
        return new String(recordOf(doc), StandardCharsets.UTF_8);
    }

    /**
     * The stored record of a document read with {@link #JSON_FIELDS}: its JSON in UTF-8, unpacked if
     * packed, for {@link ArticleJson#read(byte[], Class)}; a corrupt packed record throws {@link
     * IllegalStateException} naming the document.
     */
    static byte[] recordOf(SolrDocument doc) {
        Object packed = doc.getFieldValue(PACKED_JSON);
        if (packed instanceof byte[] bytes) return unpacked(bytes, doc);
        if (packed instanceof java.nio.ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return unpacked(bytes, doc);
        }
        if (doc.getFieldValue(IndexFields.JSON) instanceof String plain) return plain.getBytes(StandardCharsets.UTF_8);
        throw new IllegalStateException("document " + doc.getFieldValue(IndexFields.ID) + " holds no stored record");
    }

    private static byte[] packed(String json) {
        var deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            var out = new ByteArrayOutputStream(json.length());
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] unpacked(byte[] packed, SolrDocument doc) {
        var inflater = new Inflater();
        try {
            inflater.setInput(packed);
            var out = new ByteArrayOutputStream(packed.length * 4);
            byte[] chunk = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()))
                    throw new IllegalStateException(
                            "corrupt stored record of " + doc.getFieldValue(IndexFields.ID) + ": truncated");
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException(
                    "corrupt stored record of " + doc.getFieldValue(IndexFields.ID) + ": " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Values to filter and count on, each once, without those too long to be a term (as the embedded index). */
    private static void addKeywords(SolrInputDocument doc, String field, Iterable<String> values) {
        var seen = new LinkedHashSet<String>();
        for (String value : values) if (IndexFields.fitsAsKeyword(value) && seen.add(value)) doc.addField(field, value);
    }

    SolrInputDocument story(Story story) {
        var doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, storyId(story.id()));
        doc.addField(IndexFields.KIND, IndexFields.KIND_STORY);
        doc.addField(IndexFields.LAST, story.last().toEpochMilli());
        doc.addField(IndexFields.RANK, story.rank().toEpochMilli());
        for (String merged : story.mergedIds()) doc.addField(IndexFields.MERGED, merged);
        doc.addField(IndexFields.JSON, json.write(story));
        return doc;
    }

    SolrInputDocument storyline(Storyline storyline) {
        var doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, storylineId(storyline.id()));
        doc.addField(IndexFields.KIND, IndexFields.KIND_STORYLINE);
        doc.addField(IndexFields.LAST, storyline.last().toEpochMilli());
        for (String story : storyline.storyIds()) doc.addField(IndexFields.LINE_STORY, story);
        for (String merged : storyline.mergedIds()) doc.addField(IndexFields.MERGED, merged);
        doc.addField(IndexFields.JSON, json.write(storyline));
        return doc;
    }

    /** The record of a commit: its data as JSON. */
    SolrInputDocument commitRecord(Map<String, String> data) {
        var doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, COMMIT_ID);
        doc.addField(IndexFields.KIND, "meta");
        doc.addField(IndexFields.JSON, json.write(data));
        return doc;
    }

    /**
     * A text's terms and position increments, as PreAnalyzedField's JSON parser reads them, and with
     * {@link Kept#TERMS_OFFSETS_AND_TEXT} also each term's offsets and the text to store ({@code str}).
     * Title and body keep neither (they are only searched), so they are not sent to be parsed and dropped on
     * every write. {@code text} names the field's text in an error. Each term is also given to {@code
     * seen} ({@link #SEARCHED_TERMS}).
     */
    private String preAnalyzed(String text, TokenStream terms, Kept kept, Consumer<String> seen) {
        boolean offsets = kept == Kept.TERMS_OFFSETS_AND_TEXT;
        var out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out);
                terms) {
            CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = terms.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = terms.addAttribute(OffsetAttribute.class);
            g.writeStartObject();
            g.writeStringField("v", PRE_ANALYZED_VERSION);
            if (offsets) g.writeStringField("str", text);
            g.writeArrayFieldStart("tokens");
            terms.reset();
            while (terms.incrementToken()) {
                g.writeStartObject();
                String t = term.toString();
                seen.accept(t);
                g.writeStringField("t", t);
                if (offsets) {
                    g.writeNumberField("s", offset.startOffset());
                    g.writeNumberField("e", offset.endOffset());
                }
                g.writeNumberField("i", increment.getPositionIncrement());
                g.writeEndObject();
            }
            terms.end();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the terms of '" + abbreviated(text) + "'", e);
        }
        return out.toString();
    }

    /** {@code terms} as Solr's pre-analysed JSON, without text, offsets or positions ({@link #SEARCHED_TERMS}). */
    private String termsOnly(Set<String> terms) {
        var out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("v", PRE_ANALYZED_VERSION);
            g.writeArrayFieldStart("tokens");
            for (String t : terms) {
                g.writeStartObject();
                g.writeStringField("t", t);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + terms.size() + " searched terms", e);
        }
        return out.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
