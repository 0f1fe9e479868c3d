package dev.marsad.bench.load;

import dev.marsad.bench.ingest.ChildMarsad;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code marsad serve} over a data folder in a child JVM, so that its resident memory is its own
 * and not the load generator's: started on a free loopback port, ready once {@code /health}
 * answers, its RSS read from {@code /proc/<pid>/status} (Linux).
 */
final class ServedDemo implements AutoCloseable {

    /** The longest the server may take to answer its first /health. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI base;

    private ServedDemo(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Serves {@code data} with {@code -Xmx heap}, the given extra arguments, its output in {@code log}. */
    static ServedDemo start(Path data, String heap, Path log, List<String> extra) throws InterruptedException {
        int port = freePort();
        var args = new java.util.ArrayList<>(
                List.of("serve", "--data", data.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port)));
        args.addAll(extra);
        Process process = new ChildMarsad(log, heap).start(args.toArray(String[]::new));
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        var served = new ServedDemo(process, base);
        served.awaitHealth(log);
        return served;
    }

    URI base() {
        return base;
    }

    /** Resident memory now and at its peak (VmRSS, VmHWM), in MB; -1 where /proc does not say. */
    long[] residentMegabytes() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return new long[] {field(lines, "VmRSS:"), field(lines, "VmHWM:")};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    private static long field(List<String> lines, String name) {
        for (String line : lines)
            if (line.startsWith(name))
                return Long.parseLong(
                                line.substring(name.length()).replace("kB", "").strip())
                        / 1024;
        return -1;
    }

    private void awaitHealth(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive())
                    throw new IllegalStateException("marsad serve exited with " + process.exitValue() + "; see " + log);
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(base.resolve("/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (response.statusCode() == 200) return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("marsad serve did not answer /health within " + START_TIMEOUT + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after ten seconds). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS))
            process.destroyForcibly().waitFor();
    }
}
