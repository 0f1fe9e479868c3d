package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index passes the {@link ArticleIndexContract}, and keeps to a folder's write lock. */
class LuceneArticleIndexTest extends ArticleIndexContract {

    @TempDir
    Path dir;

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.open(dir);
    }

    @Override
    protected ArticleIndex reopen(ArticleIndex index) throws IOException {
        index.close();
        return LuceneArticleIndex.open(dir);
    }

    @Test
    void letsAReaderSearchWhileTheWriterIsOpen() throws IOException {
        try (var reader = LuceneArticleIndex.openReadOnly(dir)) {
            assertThat(reader.article("a1")).contains(ceasefire);
            assertThatThrownBy(() -> reader.put(flood))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> LuceneArticleIndex.open(dir)).hasMessageContaining("in use by another Marsad process");
    }

    /**
     * Issue 13 (lean hits): an index written before articles' cards were stored ({@link
     * IndexFields#CARD}) is read as it is, without a migration: a hit's card is made from the whole
     * record, the same card a current index stores; articles stored since carry theirs.
     */
    @Test
    void makesTheCardsOfArticlesStoredBeforeCardsFromTheirRecords(@TempDir Path older) throws IOException {
        IndexedArticle rich = richArticle();
        var fields = new IndexFields(new ArticleJson());
        try (var writer = new IndexWriter(FSDirectory.open(older), new IndexWriterConfig(IndexAnalyzer.create()))) {
            for (IndexedArticle a : java.util.List.of(rich, flood)) {
                Document doc = fields.articleDocument(a, LinkFeatures.NONE);
                doc.removeFields(IndexFields.CARD); // as a Marsad before cards wrote it
                writer.addDocument(doc);
            }
        }
        try (var reopened = LuceneArticleIndex.open(older)) {
            SearchResult port = reopened.search(SearchQuery.of("الموانئ الشمالي"));
            assertThat(port.hits()).singleElement().satisfies(h -> {
                assertThat(h.article()).isEqualTo(ListedArticle.of(rich));
                assertThat(h.snippet()).contains("<mark>");
            });
            reopened.put(talks);
            reopened.commit();
            SearchResult listing = reopened.search(SearchQuery.of(""));
            assertThat(listing.hits())
                    .extracting(SearchResult.Hit::article)
                    .containsExactly(ListedArticle.of(talks), ListedArticle.of(rich), ListedArticle.of(flood));
            assertThat(listing.hits())
                    .extracting(SearchResult.Hit::snippet)
                    .containsExactly(
                            ListedArticle.of(talks).opening(),
                            ListedArticle.of(rich).opening(),
                            ListedArticle.of(flood).opening());
        }
    }

    /**
     * Review 4, L1: a stored card of another version (version 0 here, with a stale title), or of the
     * current version but lacking a member the type needs, is read as no card: the hit's card is made
     * from the whole record.
     */
    @Test
    void makesTheCardAgainFromTheRecordWhenTheStoredCardIsOfAnotherVersionOrDoesNotDecode(@TempDir Path older)
            throws IOException {
        IndexedArticle rich = richArticle();
        var json = new ArticleJson();
        var fields = new IndexFields(json);
        ListedArticle stale = new ListedArticle(
                rich.id(),
                ListedArticle.of(rich).url(),
                "عنوان قديم بقواعد سابقة",
                java.util.Optional.empty(),
                ListedArticle.of(rich).published(),
                ListedArticle.of(rich).publishedPrecision(),
                java.util.Optional.empty(),
                "موقع قديم",
                java.util.Optional.empty(),
                ListedArticle.of(rich).section(),
                rich.storyId(),
                java.util.Optional.empty(),
                rich.indexedAt(),
                "مقدمة قديمة",
                "بداية قديمة");
        String olderCard = json.writeCard(stale).replaceFirst("\\{\"cardVersion\":\\d+", "{\"cardVersion\":0");
        assertThat(olderCard).startsWith("{\"cardVersion\":0,");
        String lacking = json.writeCard(ListedArticle.of(flood)).replaceFirst(",\"lead\":\"[^\"]*\"", "");
        assertThat(lacking).as("the member removed").doesNotContain("\"lead\"");
        try (var writer = new IndexWriter(FSDirectory.open(older), new IndexWriterConfig(IndexAnalyzer.create()))) {
            for (var entry : java.util.Map.of(rich, olderCard, flood, lacking).entrySet()) {
                Document doc = fields.articleDocument(entry.getKey(), LinkFeatures.NONE);
                var kept = new java.util.ArrayList<>(doc.getFields());
                doc.clear();
                for (var field : kept)
                    if (field.name().equals(IndexFields.CARD))
                        doc.add(new org.apache.lucene.document.StoredField(IndexFields.CARD, entry.getValue()));
                    else doc.add(field);
                writer.addDocument(doc);
            }
        }
        try (var reopened = LuceneArticleIndex.open(older)) {
            assertThat(reopened.search(SearchQuery.of("")).hits())
                    .extracting(SearchResult.Hit::article)
                    .containsExactlyInAnyOrder(ListedArticle.of(rich), ListedArticle.of(flood));
            assertThat(reopened.search(SearchQuery.of("الموانئ الشمالي")).hits())
                    .singleElement()
                    .satisfies(h -> assertThat(h.article()).isEqualTo(ListedArticle.of(rich)));
        }
    }

    /**
     * The cards stored before they carried a version (no {@code cardVersion} member) were made by the
     * rules of version 1, and are read as they are while that is the current version.
     */
    @Test
    void readsCardsStoredBeforeVersionsAsVersionOne() {
        var json = new ArticleJson();
        ListedArticle card = ListedArticle.of(flood);
        assertThat(json.readCard(json.write(card))).as("no version member").contains(card);
        assertThat(json.readCard(json.writeCard(card))).contains(card);
        assertThat(json.readCard(json.writeCard(card).replaceFirst("\\{\"cardVersion\":\\d+", "{\"cardVersion\":2")))
                .as("another version")
                .isEmpty();
    }

    /** The card is stored before the whole record, so that a hit's read stops at it. */
    @Test
    void storesTheCardBeforeTheWholeRecord() {
        Document doc = new IndexFields(new ArticleJson()).articleDocument(flood, LinkFeatures.NONE);
        var stored = doc.getFields().stream()
                .filter(f -> f.fieldType().stored())
                .map(f -> f.name())
                .toList();
        assertThat(stored.indexOf(IndexFields.CARD)).isNotNegative().isLessThan(stored.indexOf(IndexFields.JSON));
    }

    @Test
    void readsStoriesStoredBeforeTheyCarriedTheirMembers() {
        String json = """
                {"id":"s7","title":"عنوان","articleIds":["a1"],"publishers":["بوابة الخبر"],
                 "first":"2023-09-20T08:00:00Z","last":"2023-09-20T08:00:00Z","tagKeys":[],"entityIds":[]}
                """;
        Story story = new ArticleJson().read(json, Story.class);
        assertThat(story.articleIds()).containsExactly("a1");
        assertThat(story.members()).isEmpty();
        assertThat(story.tagCounts()).isEmpty();
        assertThat(story.isIncremental()).isFalse();
    }
}
