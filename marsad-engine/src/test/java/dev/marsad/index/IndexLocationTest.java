package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexLocationTest {

    @Test
    void readsABackendAndItsAddress() {
        var solr = IndexLocation.parse("SOLR:http://10.0.0.5:8983/solr,http://10.0.0.6:8983/solr");
        assertThat(solr.scheme()).isEqualTo("solr");
        assertThat(solr.address()).isEqualTo("http://10.0.0.5:8983/solr,http://10.0.0.6:8983/solr");
        assertThat(solr.isEmbedded()).isFalse();
        assertThat(IndexLocation.parse("lucene:/srv/index").isEmbedded()).isTrue();
    }

    @Test
    void rejectsAValueWithoutSchemeOrAddress() {
        assertThatThrownBy(() -> IndexLocation.parse("/srv/index")).hasMessageContaining("'/srv/index'");
        assertThatThrownBy(() -> IndexLocation.parse("solr:  ")).hasMessageContaining("names no folder or URL");
    }

    @Test
    void namesTheMissingBackendAndTheKnownOnes() {
        assertThatThrownBy(() -> IndexLocation.parse("elastic:http://x").open(IndexLocation.Access.READ_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no index backend 'elastic'")
                .hasMessageContaining("lucene");
    }
}
