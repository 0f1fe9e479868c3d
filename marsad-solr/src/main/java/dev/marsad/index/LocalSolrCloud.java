package dev.marsad.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway SolrCloud on loopback for trying the distributed path and for tests: an embedded
 * ZooKeeper and N Solr nodes in a child JVM (module marsad-solr-cluster; Solr 9's Lucene 9 and
 * Jetty 10 must not share the engine's classpath). Its data lives in a temporary folder that goes
 * with it; it stops when closed or when this JVM exits.
 *
 * <pre>{@code
 * try (var cloud = LocalSolrCloud.start(2)) {
 *     String spec = cloud.indexSpec();        // "solr:http://127.0.0.1:41234/solr,http://…"
 *     cloud.stopNode(1);                      // node 0 keeps answering
 * }
 * }</pre>
 *
 * <p>The child's classpath is the file marsad-solr-cluster writes when it is built ({@code
 * target/cluster-classpath.txt}) plus its {@code target/classes}; the module folder is the system
 * property {@value #CLUSTER_PROPERTY} if set, else the one of the checkout this module was built in.
 */
public final class LocalSolrCloud implements AutoCloseable {

    /** System property naming the marsad-solr-cluster module folder, overriding the built-in one. */
    public static final String CLUSTER_PROPERTY = "marsad.solr.cluster";

    /** The child JVM's heap in MB by default: 2 nodes with a few small collections fit (STACK.md). */
    private static final int CHILD_HEAP_MB = 256;

    private static final String MAIN_CLASS = "dev.marsad.solrcluster.SolrCloudMain";
    /** How long the cluster may take to come up; about 5 s on 2 idle cores, far more under load. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** How long stopping or starting one node may take. */
    private static final Duration NODE_TIMEOUT = Duration.ofMinutes(1);
    /** How long the child may take to exit once told to, before it is killed. */
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new ArrayBlockingQueue<>(64);
    private final List<URI> nodes;
    private final Path log;
    private final Thread shutdownHook;

    private LocalSolrCloud(Process process, Path log) throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.shutdownHook = new Thread(process::destroyForcibly, "local-solrcloud-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Thread.ofPlatform().daemon().name("local-solrcloud-out").start(() -> readAnswers(process.getInputStream()));
        this.nodes = awaitNodes();
    }

    /**
     * Starts a cluster of {@code nodes} Solr nodes and waits until every node answers.
     *
     * @param nodes from 1 to 9
     * @throws IllegalArgumentException when nodes is out of range
     * @throws IllegalStateException when marsad-solr-cluster is not built, or the cluster does not
     *     come up (the message carries the end of its log)
     */
    public static LocalSolrCloud start(int nodes) {
        return start(nodes, CHILD_HEAP_MB);
    }

    /**
     * {@link #start(int)} with a child heap of {@code heapMegabytes} instead of {@value
     * #CHILD_HEAP_MB} MB: for collections of tens of thousands of articles (benchmarks).
     *
     * @throws IllegalArgumentException when nodes is out of range or the heap is under 128 MB
     */
    public static LocalSolrCloud start(int nodes, int heapMegabytes) {
        if (nodes < 1 || nodes > 9) throw new IllegalArgumentException("nodes must be 1 to 9, got " + nodes);
        if (heapMegabytes < 128)
            throw new IllegalArgumentException("the cluster's heap must be at least 128 MB, got " + heapMegabytes);
        Path module = clusterModule();
        String classpath = childClasspath(module);
        try {
            Path log = Files.createTempFile("marsad-solrcloud-", ".log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = List.of(
                    java,
                    "-Xmx" + heapMegabytes + "m",
                    "-XX:+UseSerialGC",
                    "-Djava.net.preferIPv4Stack=true",
                    "-Dhost=127.0.0.1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dfile.encoding=UTF-8",
                    "-cp",
                    classpath,
                    MAIN_CLASS,
                    Integer.toString(nodes));
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            try {
                return new LocalSolrCloud(process, log);
            } catch (RuntimeException | IOException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local SolrCloud: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the local SolrCloud was starting", e);
        }
    }

    /** The base URLs of the nodes ({@code http://127.0.0.1:PORT/solr}), in node order. */
    public List<URI> nodeUrls() {
        return nodes;
    }

    /** The value of {@code --index} that names this cluster: {@code solr:} and every node's URL. */
    public String indexSpec() {
        return "solr:" + String.join(",", nodes.stream().map(URI::toString).toList());
    }

    /**
     * Stops one node (as if its machine failed); the others keep running.
     *
     * @throws IllegalArgumentException when there is no such node
     */
    public void stopNode(int node) {
        command("stop " + checked(node), "stopped " + node);
    }

    /** Starts a stopped node again on its old port. */
    public void startNode(int node) {
        command("start " + checked(node), "started " + node);
    }

    private int checked(int node) {
        if (node < 0 || node >= nodes.size())
            throw new IllegalArgumentException("no node " + node + "; nodes are 0 to " + (nodes.size() - 1));
        return node;
    }

    /** Stops the cluster and deletes its data. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                commands.write("exit\n");
                commands.flush();
            }
        } catch (IOException e) {
            // the child's input is gone, so it is exiting already; waited for below
        }
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook stops the child
            }
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // a temporary file; the OS cleans it up
            }
        }
    }

    private void readAnswers(InputStream out) {
        try (var reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) answers.put(line);
        } catch (IOException | InterruptedException e) {
            // the child exited; waiting callers see the missing answer
        }
    }

    private List<URI> awaitNodes() throws InterruptedException {
        var urls = new ArrayList<URI>();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String line = next(deadline, "start");
            if (line.equals("ready")) return List.copyOf(urls);
            if (!line.startsWith("node ")) throw failure("the cluster said '" + line + "' while starting");
            urls.add(URI.create(
                    line.substring(line.indexOf(' ', "node ".length()) + 1).strip()));
        }
    }

    private void command(String command, String expected) {
        try {
            commands.write(command + "\n");
            commands.flush();
            String answer = next(System.nanoTime() + NODE_TIMEOUT.toNanos(), command);
            if (!answer.startsWith(expected)) throw failure("'" + command + "' was answered '" + answer + "'");
        } catch (IOException e) {
            throw failure("cannot send '" + command + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during '" + command + "'", e);
        }
    }

    private String next(long deadlineNanos, String during) throws InterruptedException {
        while (true) {
            String line = answers.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) return line;
            if (!process.isAlive() && answers.isEmpty())
                throw failure("the cluster exited (" + process.exitValue() + ") during " + during);
            if (System.nanoTime() > deadlineNanos) throw failure("no answer in time during " + during);
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("local SolrCloud: " + what + "; its log ends:\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The marsad-solr-cluster module folder: the system property, else the one this checkout built. */
    static Path clusterModule() {
        String property = System.getProperty(CLUSTER_PROPERTY);
        if (property != null && !property.isBlank()) return Path.of(property);
        var built = new Properties();
        try (InputStream in = LocalSolrCloud.class.getResourceAsStream("solr-cluster.properties")) {
            if (in == null) throw new IllegalStateException("solr-cluster.properties is missing from marsad-solr");
            built.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read solr-cluster.properties: " + e.getMessage(), e);
        }
        return Path.of(built.getProperty("clusterModule")).normalize();
    }

    /** The module's classes and the jars its build listed. */
    static String childClasspath(Path module) {
        Path file = module.resolve("target/cluster-classpath.txt");
        Path classes = module.resolve("target/classes");
        if (!Files.isRegularFile(file) || !Files.isDirectory(classes))
            throw new IllegalStateException("the local SolrCloud is not built: " + file + " or " + classes
                    + " is missing; build it with 'mvn -B -q package -DskipTests -pl marsad-solr-cluster'"
                    + " (or set -D" + CLUSTER_PROPERTY + "=<marsad-solr-cluster folder>)");
        try {
            return classes
                    + java.io.File.pathSeparator
                    + Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
