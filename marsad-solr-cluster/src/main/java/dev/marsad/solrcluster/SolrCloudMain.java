package dev.marsad.solrcluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A throwaway SolrCloud on loopback: an embedded ZooKeeper and N Solr nodes, each on a free port,
 * their data in a fresh temporary folder that is deleted on exit. It runs in a JVM of its own
 * (Solr 9 brings Lucene 9 and Jetty 10) and is driven through its standard streams, one line each:
 *
 * <pre>
 * out: node 0 http://127.0.0.1:41234/solr      one line per node, in order
 * out: ready                                      every node is up
 * in:  stop 1                                     stops node 1; out: stopped 1
 * in:  start 1                                    starts node 1 again (same port); out: started 1 URL
 * in:  exit  (or end of input)                    shuts the cluster down and exits
 * </pre>
 *
 * End of input is an exit, so the cluster never outlives the process that started it. A command it
 * does not know is answered with {@code error …} on the same stream and changes nothing.
 *
 * <p>Usage: {@code SolrCloudMain <nodes>} with nodes from 1 to {@value #MAX_NODES}.
 */
public final class SolrCloudMain {

    /** The most nodes one machine runs for trying and testing. */
    static final int MAX_NODES = 9;

    private final MiniSolrCloudCluster cluster;
    private final PrintStream out;

    private SolrCloudMain(MiniSolrCloudCluster cluster, PrintStream out) {
        this.cluster = cluster;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err); // standard output carries the protocol only, whatever a library prints
        int nodes = nodeCount(args);
        Path home = Files.createTempDirectory("marsad-solrcloud-");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(
                nodes, home, JettyConfig.builder().setPort(0).build());
        try {
            new SolrCloudMain(cluster, out).serve();
        } finally {
            cluster.shutdown();
            deleteTree(home);
        }
        System.exit(0); // ZooKeeper and Jetty leave non-daemon threads behind
    }

    private static int nodeCount(String[] args) {
        if (args.length != 1) usage("expected one argument, the number of nodes");
        try {
            int n = Integer.parseInt(args[0]);
            if (n < 1 || n > MAX_NODES) usage("nodes must be 1 to " + MAX_NODES + ", got " + n);
            return n;
        } catch (NumberFormatException e) {
            usage("nodes must be a number, got '" + args[0] + "'");
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println("SolrCloudMain: " + problem + " (usage: SolrCloudMain <nodes>)");
        System.exit(2);
    }

    /** 1. announces every node and "ready"; 2. answers commands until "exit" or end of input. */
    private void serve() throws IOException {
        var nodes = cluster.getJettySolrRunners();
        for (int i = 0; i < nodes.size(); i++)
            out.println("node " + i + " " + nodes.get(i).getBaseUrl());
        out.println("ready");
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip().toLowerCase(Locale.ROOT);
            if (command.equals("exit")) return;
            out.println(answer(command));
        }
    }

    private String answer(String command) {
        String[] words = command.split("\\s+");
        if (words.length != 2 || !(words[0].equals("stop") || words[0].equals("start")))
            return "error unknown command '" + command + "' (stop N, start N, exit)";
        int node;
        try {
            node = Integer.parseInt(words[1]);
        } catch (NumberFormatException e) {
            return "error node must be a number, got '" + words[1] + "'";
        }
        var nodes = cluster.getJettySolrRunners();
        if (node < 0 || node >= nodes.size())
            return "error no node " + node + " (nodes are 0 to " + (nodes.size() - 1) + ")";
        try {
            JettySolrRunner jetty = nodes.get(node);
            if (words[0].equals("stop")) {
                jetty.stop();
                cluster.waitForJettyToStop(jetty);
                return "stopped " + node;
            }
            if (!jetty.isRunning()) jetty.start(true);
            cluster.waitForNode(jetty, 30);
            return "started " + node + " " + jetty.getBaseUrl();
        } catch (Exception e) {
            return "error " + words[0] + " " + node + " failed: " + e;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
