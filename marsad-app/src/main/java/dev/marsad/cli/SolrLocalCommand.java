package dev.marsad.cli;

import dev.marsad.index.LocalSolrCloud;
import dev.marsad.index.SolrCollections;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad solr local}: a throwaway SolrCloud on loopback (embedded ZooKeeper and N Solr nodes in
 * a child JVM, the cluster the tests use), with Marsad's collections created, until Ctrl-C. Its data
 * goes with it.
 */
@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        description = "Start a throwaway SolrCloud on 127.0.0.1 (embedded ZooKeeper, N nodes in a child JVM), create"
                + " Marsad's collections and print the --index value to give demo, run, serve and ingest. Ctrl-C"
                + " stops it; its data goes with it.")
final class SolrLocalCommand implements Callable<Integer> {

    @Option(names = "--nodes", defaultValue = "2", description = "Solr nodes, 1 to 9 (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (nodes < 1 || nodes > 9) throw new IllegalArgumentException("--nodes must be 1 to 9, got " + nodes);
        PrintWriter out = spec.commandLine().getOut();
        out.println("starting a " + nodes + "-node SolrCloud on 127.0.0.1 (ZooKeeper and Solr in a child JVM) …");
        out.flush();
        try (var stop = StopSignal.install();
                var cloud = LocalSolrCloud.start(nodes)) {
            String address = cloud.indexSpec().substring("solr:".length());
            SolrCollections.Outcome made = SolrCollections.ensure(address);
            out.println("collections " + String.join(", ", made.created()) + " created"
                    + (made.existing().isEmpty() ? "" : "; " + String.join(", ", made.existing()) + " were there"));
            out.println();
            out.println("  --index " + cloud.indexSpec());
            out.println();
            out.println("for example, in other terminals:");
            out.println("  ./marsad demo --index " + cloud.indexSpec());
            out.println("  ./marsad run --data w1 --worker 1/2 --index " + cloud.indexSpec());
            out.println("  ./marsad run --data w2 --worker 2/2 --port 8081 --index " + cloud.indexSpec());
            out.println("  ./marsad serve --index " + cloud.indexSpec());
            out.println("running until Ctrl-C (everything stored here goes with the cluster)");
            out.flush();
            try {
                while (true) Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException signal) {
                // the stop signal: close the cluster below
            }
            out.println("stopping the local SolrCloud …");
            out.flush();
        }
        out.println("stopped");
        return 0;
    }
}
