package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code marsad solr …}'s answers to bad input (the cluster paths run in the SolrCloud integration test). */
class SolrCommandTest {

    private static String[] run(int expectedExit, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isEqualTo(expectedExit);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void collectionsNeedsASolrIndex() {
        assertThat(run(1, "solr", "collections", "--index", "lucene:/tmp/x")[1])
                .contains("--index must name a SolrCloud cluster")
                .contains("lucene:/tmp/x");
    }

    @Test
    void shardsAndReplicasGoWithCreate() {
        assertThat(run(1, "solr", "collections", "--index", "solr:http://127.0.0.1:1/solr", "--shards", "4")[1])
                .contains("--shards and --replicas go with --create");
    }

    @Test
    void createAndCheckExcludeEachOther() {
        assertThat(run(2, "solr", "collections", "--index", "solr:http://127.0.0.1:1/solr", "--create", "--check")[1])
                .contains("mutually exclusive");
    }

    @Test
    void reportsANodeThatDoesNotAnswer() {
        assertThat(run(1, "solr", "collections", "--index", "solr:http://127.0.0.1:1/solr")[1])
                .contains("127.0.0.1:1");
    }

    @Test
    void localRefusesANodeCountOutOfRange() {
        assertThat(run(1, "solr", "local", "--nodes", "0")[1]).contains("--nodes must be 1 to 9, got 0");
    }
}
