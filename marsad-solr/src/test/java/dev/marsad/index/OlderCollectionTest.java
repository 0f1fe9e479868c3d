package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.Test;

/**
 * A collection holding articles written before the body's copy for highlighting existed ({@link
 * SolrDocuments#PASSAGES}), on a real SolrCloud (one node in a child JVM): its searches keep asking
 * the body, find the older articles and mark their passages (in Marsad's client); once the last
 * older article is gone, searches ask the copy and Solr marks the passages itself ({@link
 * WrittenEverywhere}).
 */
class OlderCollectionTest extends OneNodeSolrCloud {

    private final IndexedArticle current = TestArticles.article(
            "n1",
            "افتتاح رصيف جديد في الميناء الشمالي",
            "2023-09-20T08:00:00Z",
            "موقع الشرق",
            List.of("أعلنت هيئة الموانئ افتتاح رصيف جديد للحاويات في الميناء الشمالي بطاقة كبيرة."));
    private final IndexedArticle older = TestArticles.article(
            "o1",
            "مهرجان للتمور في الواحة",
            "2022-08-01T08:00:00Z",
            "موقع الغرب",
            List.of("انطلق مهرجان التمور السنوي في الواحة بمشاركة مئات المزارعين من القرى المجاورة."));

    private final IndexedArticle uncarded = TestArticles.article(
            "u1",
            "سباق للهجن في الصحراء",
            "2024-02-01T08:00:00Z",
            "موقع الجنوب",
            List.of("شارك مئات الملاك في سباق الهجن الكبير على أطراف الصحراء هذا الأسبوع."));

    /**
     * Issue 13 (lean hits): articles written with the body's copy but before cards ({@link
     * IndexFields#CARD}) are read as they are: their hits' cards are made from their whole records (one
     * request for the page's), beside articles that carry their cards; Solr marks the passages of both.
     */
    @Test
    void makesTheCardsOfArticlesWrittenBeforeCardsFromTheirRecords() throws Exception {
        writeCurrentAndOlder(uncarded, IndexFields.CARD); // as a Marsad before cards wrote it
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            SearchResult race = index.search(SearchQuery.of("الهجن الصحراء"));
            assertThat(race.hits()).singleElement().satisfies(h -> {
                assertThat(h.article()).isEqualTo(ListedArticle.of(uncarded));
                assertThat(h.snippet()).contains("<mark>");
            });
            SearchResult listing = index.search(SearchQuery.of(""));
            assertThat(listing.hits())
                    .extracting(SearchResult.Hit::article)
                    .containsExactly(ListedArticle.of(uncarded), ListedArticle.of(current));
            assertThat(listing.hits())
                    .extracting(SearchResult.Hit::snippet)
                    .containsExactly(
                            ListedArticle.of(uncarded).opening(),
                            ListedArticle.of(current).opening());
        }
    }

    /**
     * Review 4, L1: a stored card of another version (version 0 here), with a stale title,
     * is read as no card: the hit's card is made from the whole record, as on the embedded index.
     */
    @Test
    void makesTheCardAgainFromTheRecordWhenTheStoredCardIsOfAnotherVersion() throws Exception {
        var json = new ArticleJson();
        ListedArticle made = ListedArticle.of(uncarded);
        ListedArticle stale = new ListedArticle(
                made.id(),
                made.url(),
                "عنوان قديم بقواعد سابقة",
                made.subtitle(),
                made.published(),
                made.publishedPrecision(),
                made.image(),
                made.site(),
                made.source(),
                made.section(),
                made.storyId(),
                made.duplicateOf(),
                made.indexedAt(),
                "مقدمة قديمة",
                made.opening());
        String older = json.writeCard(stale).replaceFirst("\\{\"cardVersion\":\\d+", "{\"cardVersion\":0");
        assertThat(older).startsWith("{\"cardVersion\":0,");
        writeCurrentAndOlder(uncarded, doc -> doc.setField(IndexFields.CARD, older));
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            assertThat(index.search(SearchQuery.of("")).hits())
                    .extracting(SearchResult.Hit::article)
                    .containsExactly(made, ListedArticle.of(current));
            assertThat(index.search(SearchQuery.of("الهجن الصحراء")).hits())
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.article()).isEqualTo(made);
                        assertThat(h.snippet()).contains("<mark>");
                    });
        }
    }

    /**
     * Issue 13 (lean hits): a collection made with the configset of before cards (its schema has no
     * {@link IndexFields#CARD}) gets the current configset when an index is opened on it, so that
     * articles written since are accepted with their cards, and read with them.
     */
    @Test
    void takesTheCurrentSchemaOverOneWithoutCardsAndWritesCardsThen() throws Exception {
        try (var nodes = SolrNodes.of(address)) {
            byte[] older = configsetWithout("<field name=\"" + IndexFields.CARD + "\"");
            var stream = new ContentStreamBase.ByteArrayStream(older, "marsad.zip", "application/zip");
            nodes.call(
                    "upload the configset of before cards",
                    c -> new ConfigSetAdminRequest.Upload()
                            .setConfigSetName("marsad")
                            .setUploadStream(stream)
                            .setOverwrite(true)
                            .process(c));
            nodes.call(
                    "reload",
                    c -> CollectionAdminRequest.reloadCollection(SolrCollections.ARTICLES)
                            .process(c));
            assertThatThrownBy(() -> nodes.call(
                            "the card field",
                            c -> new SchemaRequest.Field(IndexFields.CARD).process(c, SolrCollections.ARTICLES)))
                    .as("the older schema has no card")
                    .isInstanceOf(SolrException.class);
        }
        try (var writer = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1))) {
            writer.deleteAll();
            writer.put(uncarded);
            writer.commit();
            assertThat(writer.search(SearchQuery.of("الهجن")).hits())
                    .extracting(SearchResult.Hit::article)
                    .containsExactly(ListedArticle.of(uncarded));
        }
    }

    /** The project's configset as a zip, its schema without the line that starts with {@code fieldStart}. */
    private static byte[] configsetWithout(String fieldStart) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String file : List.of("solrconfig.xml", "schema.xml")) {
                String text;
                try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + file)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (file.equals("schema.xml")) {
                    String kept = text.lines()
                            .filter(line -> !line.strip().startsWith(fieldStart))
                            .collect(Collectors.joining("\n"));
                    assertThat(kept).as("the card's line removed").isNotEqualTo(text.strip());
                    text = kept;
                }
                zip.putNextEntry(new ZipEntry(file));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Issue 13 (p99): while an article written before the searched terms' field ({@link
     * SolrDocuments#SEARCHED_TERMS}) is left, a respelling counts on the three text fields, so the
     * older article is counted; once it is gone, on the one field.
     */
    @Test
    void respellsOnTheThreeFieldsWhileOlderArticlesLackTheSearchedTerms() throws Exception {
        writeCurrentAndOlder(older, SolrDocuments.SEARCHED_TERMS);
        assertThat(SolrCollections.check(address).olderArticles())
                .as("what `marsad solr collections` says of them")
                .containsEntry(SolrDocuments.SEARCHED_TERMS, 1L)
                .containsEntry(SolrDocuments.PASSAGES, 0L);
        assertThat(SolrCollections.check(address).describe())
                .contains("articles without searched_terms: 1 (written by an older Marsad");
        var miss = SearchQuery.of("مهرجان التمور الوحة");
        Optional<String> embedded;
        try (var lucene = LuceneArticleIndex.inMemory(Duration.ofMinutes(1))) {
            lucene.put(current);
            lucene.put(older);
            lucene.commit();
            embedded = lucene.suggest(miss);
        }
        assertThat(embedded).contains("مهرجان التمور الواحة");
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            assertThat(index.search(miss).total()).isZero();
            assertThat(index.suggest(miss)).as("the older article counted").isEqualTo(embedded);
        }
        try (var writer = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1))) {
            writer.put(older); // as Marsad writes it today
            writer.commit();
            assertThat(writer.suggest(miss))
                    .as("the same once every article has the field")
                    .isEqualTo(embedded);
        }
        try (var nodes = SolrNodes.of(address)) {
            var lacking = new org.apache.solr.client.solrj.SolrQuery(WrittenEverywhere.Added.SEARCHED_TERMS.lacking());
            lacking.setRows(0);
            assertThat(nodes.call("count", c -> c.query(SolrCollections.ARTICLES, lacking))
                            .getResults()
                            .getNumFound())
                    .as("no article lacks the field: counts ask it")
                    .isZero();
        }
    }

    /**
     * Review 8, finding 1: an older article with no body term (its words only in its title) lacks the
     * searched terms too; the check counts it, and the respelling keeps counting on the three fields.
     */
    @Test
    void anOlderArticleWithoutABodyTermKeepsTheThreeFieldCounts() throws Exception {
        writeCurrentAndOlder(older, SolrDocuments.SEARCHED_TERMS, IndexFields.BODY, SolrDocuments.PASSAGES);
        var miss = SearchQuery.of("مهرجان التمور الوحة");
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            assertThat(index.search(miss).total()).isZero();
            assertThat(index.suggest(miss))
                    .as("the older article's title counted")
                    .contains("مهرجان التمور الواحة");
        }
    }

    /** Every query asks words of a body only (not of its title). */
    @Test
    void searchesTheBodyWhileOlderArticlesLackTheCopyAndTheCopyOnceTheyAreGone() throws Exception {
        // as an older Marsad wrote it: without the body's copy, nor a card, which came after the copy
        writeCurrentAndOlder(older, SolrDocuments.PASSAGES, IndexFields.CARD);
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            SearchResult dates = index.search(SearchQuery.of("المزارعين القرى"));
            assertThat(dates.hits()).extracting(h -> h.article().id()).containsExactly("o1");
            assertThat(dates.hits().getFirst().article())
                    .as("no card stored: made from the whole record")
                    .isEqualTo(ListedArticle.of(older));
            assertThat(dates.hits().getFirst().snippet())
                    .as("marked by the client")
                    .contains("<mark>");
            SearchResult port = index.search(SearchQuery.of("هيئة الحاويات"));
            assertThat(port.hits()).extracting(h -> h.article().id()).containsExactly("n1");
            assertThat(port.hits().getFirst().snippet()).as("marked by Solr").contains("<mark>");
            assertThat(port.hits().getFirst().article()).isEqualTo(ListedArticle.of(current));
        }
        try (var nodes = SolrNodes.of(address)) {
            nodes.call(
                    "delete the older article",
                    c -> c.deleteById(SolrCollections.ARTICLES, SolrDocuments.articleId("o1")));
            nodes.call("commit", c -> c.commit(SolrCollections.ARTICLES));
        }
        try (var index = SolrArticleIndex.open(address, IndexLocation.Access.READ_ONLY, Duration.ofMinutes(1))) {
            SearchResult port = index.search(SearchQuery.of("هيئة الحاويات"));
            assertThat(port.hits()).extracting(h -> h.article().id()).containsExactly("n1");
            assertThat(port.hits().getFirst().snippet())
                    .as("the copy asked by the one query, and marked by it")
                    .contains("<mark>");
            assertThat(index.search(SearchQuery.of("المزارعين القرى")).hits()).isEmpty();
        }
    }

    /**
     * Empties the collections, writes {@link #current} as Marsad writes it today, and {@code older} as
     * an older Marsad wrote it: its document without {@code missing} fields.
     */
    private void writeCurrentAndOlder(IndexedArticle olderArticle, String... missing) throws Exception {
        writeCurrentAndOlder(olderArticle, written -> {
            for (String field : missing) written.removeField(field);
        });
    }

    /** As {@link #writeCurrentAndOlder(IndexedArticle, String...)}, the older document changed by {@code older}. */
    private void writeCurrentAndOlder(IndexedArticle olderArticle, java.util.function.Consumer<SolrInputDocument> older)
            throws Exception {
        try (var writer = SolrArticleIndex.open(address, IndexLocation.Access.READ_WRITE, Duration.ofMinutes(1));
                var nodes = SolrNodes.of(address)) {
            writer.deleteAll();
            writer.put(current);
            writer.commit();
            SolrInputDocument written = new SolrDocuments().article(olderArticle, LinkFeatures.NONE);
            older.accept(written);
            nodes.call("add an older article", c -> c.add(SolrCollections.ARTICLES, written));
            nodes.call("commit", c -> c.commit(SolrCollections.ARTICLES));
        }
    }
}
