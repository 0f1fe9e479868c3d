package dev.marsad.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where and on what a benchmark ran, printed with its figures so that they can be filed: the
 * time, the JDK, the cores, the load average, and the git commit of the working directory (with
 * "+ uncommitted changes" when the tree differs from it).
 */
public final class RunInfo {

    private RunInfo() {}

    /** "2026-12-06T03:10:00Z, JDK 25.0.3, 2 cores, load average 9.12, commit d477311". */
    public static String describe() {
        return String.format(
                Locale.ROOT,
                "%s, JDK %s, %d cores, load average %.2f, commit %s",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                commit());
    }

    /** The system's one-minute load average, as the benches print it beside their figures. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The working directory's commit, or "unknown" outside a git checkout. */
    private static String commit() {
        String head = git(List.of("git", "rev-parse", "--short", "HEAD"));
        if (head.isEmpty()) return "unknown";
        String changes = git(List.of("git", "status", "--porcelain", "--untracked-files=no"));
        return changes.isEmpty() ? head : head + " + uncommitted changes";
    }

    private static String git(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
            return process.exitValue() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
