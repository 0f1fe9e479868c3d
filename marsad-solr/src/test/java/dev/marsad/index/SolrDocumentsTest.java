package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;

/** Reading the stored record of a SolrCloud document as bytes (issue 13: no string made on the search path). */
class SolrDocumentsTest {

    private static final String RECORD = "{\"id\":\"a1\",\"title\":\"وقف إطلاق النار في كاراباخ\"}";

    @Test
    void unpacksAPackedRecordToItsUtf8Bytes() {
        SolrDocument doc = document(IndexFields.ID, "article:a1", SolrDocuments.PACKED_JSON, deflated(RECORD));
        assertThat(SolrDocuments.recordOf(doc)).isEqualTo(RECORD.getBytes(StandardCharsets.UTF_8));
        assertThat(SolrDocuments.jsonOf(doc)).isEqualTo(RECORD);
    }

    @Test
    void unpacksAPackedRecordGivenAsAByteBuffer() {
        SolrDocument doc =
                document(IndexFields.ID, "article:a1", SolrDocuments.PACKED_JSON, ByteBuffer.wrap(deflated(RECORD)));
        assertThat(SolrDocuments.recordOf(doc)).isEqualTo(RECORD.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAPlainRecordAsItsUtf8Bytes() {
        SolrDocument doc = document(IndexFields.ID, "story:s1", IndexFields.JSON, RECORD);
        assertThat(SolrDocuments.recordOf(doc)).isEqualTo(RECORD.getBytes(StandardCharsets.UTF_8));
        assertThat(SolrDocuments.jsonOf(doc)).isEqualTo(RECORD);
    }

    @Test
    void namesTheDocumentWhosePackedRecordIsTruncated() {
        byte[] packed = deflated(RECORD);
        SolrDocument doc = document(
                IndexFields.ID, "article:a1", SolrDocuments.PACKED_JSON, Arrays.copyOf(packed, packed.length / 2));
        assertThatThrownBy(() -> SolrDocuments.recordOf(doc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("article:a1");
    }

    @Test
    void namesTheDocumentWithoutARecord() {
        SolrDocument doc = document(IndexFields.ID, "article:a9");
        assertThatThrownBy(() -> SolrDocuments.recordOf(doc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("article:a9");
    }

    private static SolrDocument document(Object... fieldsAndValues) {
        var doc = new SolrDocument();
        for (int i = 0; i < fieldsAndValues.length; i += 2)
            doc.setField((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        return doc;
    }

    private static byte[] deflated(String text) {
        var deflater = new Deflater();
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[256];
        while (!deflater.finished()) out.write(chunk, 0, deflater.deflate(chunk));
        deflater.end();
        return out.toByteArray();
    }
}
