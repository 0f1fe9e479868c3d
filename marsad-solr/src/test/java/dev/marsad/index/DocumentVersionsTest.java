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

    /**
     * Issue 13 (review, finding 1): a copy or story member the linker only listed is held to the
     * listing's version, so that a rewrite built from it is refused if another writer changed it
     * since; the listing, as of the last commit, never replaces what a read by id or a write gave.
     */
    @Test
    void aListingHoldsAVersionOnlyForADocumentNothingIsHeldFor() {
        var versions = new DocumentVersions();
        versions.listed(read("article:c1", 3));
        assertThat(versions.of("article:c1")).contains(new DocumentVersions.Held.Listed(3));
        versions.listed(read("article:c1", 8)); // listed again after a commit: the first listing stands
        versions.seen(read("article:c1", 9)); // nor does a read replace it
        assertThat(versions.of("article:c1")).contains(new DocumentVersions.Held.Listed(3));
        versions.seen(read("article:c2", 5));
        versions.listed(read("article:c2", 4)); // a listing as of a commit before the read
        assertThat(versions.of("article:c2")).contains(new DocumentVersions.Held.Version(5));
        var adds = new NamedList<Object>();
        adds.add("article:c3", 0L); // forwarded: held by its record
        versions.written(List.of(article("article:c3", new byte[] {3})), adds);
        versions.listed(read("article:c3", 2)); // the listing predates this write
        assertThat(versions.of("article:c3")).containsInstanceOf(DocumentVersions.Held.Written.class);
        versions.listed(read("storyline:l1", 6));
        versions.listed(read("article:c4", 0)); // no version asked for
        assertThat(versions.of("storyline:l1")).isEmpty();
        assertThat(versions.of("article:c4")).isEmpty();
    }

    /**
     * Review 7, finding 1: a listed version outlives the link that listed it and is never replaced, so
     * after another writer changed several listed documents each rewrite built from a newer listing
     * would be refused in turn, one per attempt, until the linker gave up. The first conflict forgets
     * every listed version (the retry lists again), and only the refused document of what was read or
     * written.
     */
    @Test
    void aConflictForgetsEveryListedVersionAndOnlyTheRefusedDocumentOfTheRest() {
        var versions = new DocumentVersions();
        for (int i = 1; i <= 3; i++) versions.listed(read("article:m" + i, i));
        versions.seen(read("article:r1", 7));
        versions.seen(read("story:s1", 8));
        versions.forgetAfterConflict("article:m1");
        for (int i = 1; i <= 3; i++) assertThat(versions.of("article:m" + i)).isEmpty();
        assertThat(versions.of("article:r1")).contains(new DocumentVersions.Held.Version(7));
        assertThat(versions.of("story:s1")).contains(new DocumentVersions.Held.Version(8));
        versions.listed(read("article:m2", 12)); // the retry's listing holds the current version
        assertThat(versions.of("article:m2")).contains(new DocumentVersions.Held.Listed(12));
        versions.forgetAfterConflict("article:r1");
        assertThat(versions.of("article:r1")).isEmpty();
        assertThat(versions.of("article:m2")).isEmpty();
        assertThat(versions.of("story:s1")).contains(new DocumentVersions.Held.Version(8));
    }

    /**
     * The most recently used {@value DocumentVersions#MAX_TRACKED} documents are held: one the process
     * has not used since is forgotten first (a write of it is then unconditional, unless a listing or a
     * read gives its version again); {@code forgetAll} forgets every one.
     */
    @Test
    void holdsTheMostRecentlyUsedDocumentsAndForgetsAllOnDemand() {
        var versions = new DocumentVersions();
        for (int i = 0; i < DocumentVersions.MAX_TRACKED; i++)
            versions.remember("article:a" + i, new DocumentVersions.Held.Version(i + 1));
        assertThat(versions.of("article:a0"))
                .as("used again, so no longer the eldest")
                .isPresent();
        versions.remember("article:new", new DocumentVersions.Held.Version(7));
        assertThat(versions.of("article:a1"))
                .as("the least recently used, dropped")
                .isEmpty();
        versions.listed(read("article:a2", 99)); // held: the listing changes nothing, but uses it
        versions.listed(read("article:newer", 8)); // a listing adds too, and drops the eldest (a3)
        assertThat(versions.of("article:a3")).isEmpty();
        assertThat(versions.of("article:a2")).contains(new DocumentVersions.Held.Version(3));
        assertThat(versions.of("article:a0")).contains(new DocumentVersions.Held.Version(1));
        assertThat(versions.of("article:new")).contains(new DocumentVersions.Held.Version(7));
        assertThat(versions.of("article:newer")).contains(new DocumentVersions.Held.Listed(8));
        assertThat(versions.of("article:a4")).contains(new DocumentVersions.Held.Version(5));
        versions.forgetAll();
        for (String id :
                List.of("article:a0", "article:a2", "article:a4", "article:new", "article:newer", "article:a99999"))
            assertThat(versions.of(id)).as(id).isEmpty();
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
