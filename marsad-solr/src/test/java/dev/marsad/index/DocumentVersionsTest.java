package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/** Issue 13: what a writer holds of the story and article documents it read or wrote. */
class DocumentVersionsTest {

    @Test
    void holdsTheVersionSolrAnsweredForAnArticleAndTheRecordForOneForwarded() {
        var versions = new DocumentVersions();
        SolrInputDocument local = article("article:a1", new byte[] {1, 2, 3});
        SolrInputDocument forwarded = article("article:a2", new byte[] {4, 5, 6});
        var adds = new NamedList<Object>();
        adds.add("article:a1", 17L);
        adds.add("article:a2", 0L); // another node's shard leader took it
        versions.written(List.of(local, forwarded), adds);
        assertThat(versions.of("article:a1")).contains(new DocumentVersions.Held.Version(17));
        assertThat(versions.of("article:a2"))
                .contains(new DocumentVersions.Held.Written(DocumentVersions.recordDigest(new byte[] {4, 5, 6}, null)
                        .orElseThrow()));
    }

    @Test
    void holdsTheVersionOfAnArticleReadByIdButNothingOfOtherDocuments() {
        var versions = new DocumentVersions();
        versions.seen(read("article:a1", 5));
        versions.seen(read("storyline:l1", 6));
        versions.seen(read("lock:link-turn", 7));
        assertThat(versions.of("article:a1")).contains(new DocumentVersions.Held.Version(5));
        assertThat(versions.of("storyline:l1")).isEmpty();
        assertThat(versions.of("lock:link-turn")).isEmpty();
    }

    @Test
    void aLaterReadNeverReplacesWhatIsHeldOnlyAWriteOrAForgetDoes() {
        var versions = new DocumentVersions();
        versions.seen(read("article:a1", 5)); // the linker reads the original and builds its write
        versions.seen(read("article:a1", 9)); // a page of the site reads it after another worker wrote
        assertThat(versions.of("article:a1"))
                .as("the write built from version 5 must be refused if the document moved on")
                .contains(new DocumentVersions.Held.Version(5));
        var adds = new NamedList<Object>();
        adds.add("article:a1", 12L);
        versions.written(List.of(article("article:a1", new byte[] {1})), adds);
        assertThat(versions.of("article:a1")).contains(new DocumentVersions.Held.Version(12));
        versions.forget("article:a1"); // after a conflict: the linker reads it anew
        versions.seen(read("article:a1", 14));
        assertThat(versions.of("article:a1")).contains(new DocumentVersions.Held.Version(14));
    }

    @Test
    void aReadOfItsOwnForwardedWriteNamesItsVersionAndAReadOfAnotherContentDoesNot() {
        var versions = new DocumentVersions();
        var adds = new NamedList<Object>();
        adds.add("article:a1", 0L); // another node's shard leader took it: only the record is known
        versions.written(List.of(article("article:a1", new byte[] {1, 2})), adds);
        SolrDocument changed = read("article:a1", 21);
        changed.setField(SolrDocuments.PACKED_JSON, new byte[] {7}); // another worker's content
        versions.seen(changed);
        assertThat(versions.of("article:a1")).containsInstanceOf(DocumentVersions.Held.Written.class);
        SolrDocument own = read("article:a1", 20);
        own.setField(SolrDocuments.PACKED_JSON, new byte[] {1, 2}); // this process's write, as stored
        versions.seen(own);
        assertThat(versions.of("article:a1")).contains(new DocumentVersions.Held.Version(20));
    }

    @Test
    void digestsARecordAlikeWrittenAsBytesAndReadBackAsABuffer() {
        byte[] packed = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
        Optional<String> written = DocumentVersions.recordDigest(packed, null);
        assertThat(DocumentVersions.recordDigest(ByteBuffer.wrap(packed), null)).isEqualTo(written);
        assertThat(DocumentVersions.recordDigest(new byte[] {9}, null)).isNotEqualTo(written);
        assertThat(DocumentVersions.recordDigest(null, "{\"id\":\"s1\"}"))
                .isEqualTo(DocumentVersions.recordDigest(null, "{\"id\":\"s1\"}"))
                .isNotEqualTo(DocumentVersions.recordDigest(null, "{\"id\":\"s2\"}"));
        assertThat(DocumentVersions.recordDigest(null, null)).isEmpty();
    }

    private static SolrInputDocument article(String id, byte[] packed) {
        var doc = new SolrInputDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(SolrDocuments.PACKED_JSON, packed);
        return doc;
    }

    private static SolrDocument read(String id, long version) {
        var doc = new SolrDocument();
        doc.setField(IndexFields.ID, id);
        doc.setField(DocumentVersions.FIELD, version);
        return doc;
    }
}
