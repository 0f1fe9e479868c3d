package dev.marsad.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench load}'s options are checked before anything starts (no newsroom, no cluster). */
class LoadBenchOptionsTest {

    @Test
    void aHeapForTheNodesWithoutTheirClusterIsAnError() {
        var err = new StringWriter();
        int exit = new CommandLine(new LoadBench())
                .setErr(new PrintWriter(err, true))
                .execute("--solr-heap", "1024");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("give --solr too");
    }

    @Test
    void aHeapTooSmallForANodeIsAnError() {
        var err = new StringWriter();
        int exit = new CommandLine(new LoadBench())
                .setErr(new PrintWriter(err, true))
                .execute("--solr", "--solr-heap", "64");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--solr-heap must be 128 MB or more, got 64");
    }
}
