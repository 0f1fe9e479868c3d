package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class PendingDocumentsTest {

    private final PendingDocuments pending = new PendingDocuments(List.of("articles", "stories"), 3);
    /** What Solr took: collection and document ids, one entry per send. */
    private final List<String> taken = new ArrayList<>();

    @Test
    void sendsAFullBatchAtOnceAndTheRestWhenFlushed() {
        for (String id : List.of("a1", "a2", "a3", "a4")) pending.add("articles", doc(id), this::take);
        pending.add("stories", doc("s1"), this::take);
        assertThat(taken).containsExactly("articles [a1, a2, a3]");
        pending.flush(this::take);
        assertThat(taken).containsExactly("articles [a1, a2, a3]", "articles [a4]", "stories [s1]");
    }

    @Test
    void keepsTheDocumentsWrittenBeforeWhenTheSendOfTheirBatchFails() {
        pending.add("articles", doc("a1"), this::take);
        pending.add("articles", doc("a2"), this::take);
        assertThatThrownBy(() -> pending.add("articles", doc("a3"), this::refuse))
                .isInstanceOf(UncheckedIOException.class);
        pending.flush(this::take);
        assertThat(taken)
                .as("a1 and a2 were acknowledged to their writers; a3's write failed")
                .containsExactly("articles [a1, a2]");
    }

    @Test
    void keepsEverythingWhenAFlushFails() {
        pending.add("articles", doc("a1"), this::take);
        pending.add("stories", doc("s1"), this::take);
        assertThatThrownBy(() -> pending.flush(this::refuse)).isInstanceOf(UncheckedIOException.class);
        pending.flush(this::take);
        assertThat(taken).containsExactly("articles [a1]", "stories [s1]");
    }

    @Test
    void refusesACollectionItWasNotMadeFor() {
        assertThatThrownBy(() -> pending.add("images", doc("i1"), this::take)).hasMessageContaining("'images'");
    }

    private void take(String collection, List<SolrInputDocument> docs) {
        taken.add(collection + " "
                + docs.stream()
                        .map(d -> (String) d.getFieldValue(IndexFields.ID))
                        .toList());
    }

    private void refuse(String collection, List<SolrInputDocument> docs) {
        throw new UncheckedIOException(
                "no Solr node answers to write " + docs.size() + " documents to " + collection,
                new java.io.IOException("connection refused"));
    }

    private static SolrInputDocument doc(String id) {
        var doc = new SolrInputDocument();
        doc.addField(IndexFields.ID, id);
        return doc;
    }
}
