package dev.marsad.bench.ingest;

import dev.marsad.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code marsad …} commands run as child JVMs (the java of this JVM, this JVM's class path), for
 * runs that are killed with SIGKILL. Their output goes to one log file, whose end is quoted when a
 * run that must succeed fails.
 */
public final class ChildMarsad {

    /** Heap of a child: the demo is small, and several children must fit beside other work. */
    private static final String HEAP = "512m";

    /** Lines of the log quoted when a run fails. */
    private static final int QUOTED_LINES = 20;

    /** The longest a run that must finish may take. */
    private static final Duration MAX_RUN = Duration.ofMinutes(10);

    private final Path log;
    private final String heap;

    /** Children that append their output to {@code log}. */
    ChildMarsad(Path log) {
        this(log, HEAP);
    }

    /** Children with a heap of {@code heap} ("256m", as -Xmx takes it) that append their output to {@code log}. */
    public ChildMarsad(Path log, String heap) {
        this.log = log;
        this.heap = heap;
    }

    /** What a run that was to be killed did. */
    enum Ending {
        /** Killed with SIGKILL while it ran. */
        KILLED,
        /** It finished before its moment came. */
        FINISHED_FIRST
    }

    /** Starts {@code marsad args…} and kills it with SIGKILL after {@code after}, unless it ends first. */
    Ending killAfter(Duration after, String... args) throws InterruptedException {
        Process process = start(args);
        if (process.waitFor(after.toMillis(), TimeUnit.MILLISECONDS)) return Ending.FINISHED_FIRST;
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        process.waitFor();
        return Ending.KILLED;
    }

    /**
     * Runs {@code marsad args…} to its end and returns its exit code and how long it took.
     *
     * @throws IllegalStateException when it runs longer than {@link #MAX_RUN}, or its exit code is
     *     not one of {@code allowed}, quoting the end of the log
     */
    Duration run(List<Integer> allowed, String... args) throws InterruptedException {
        long start = System.nanoTime();
        Process process = start(args);
        if (!process.waitFor(MAX_RUN.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("marsad " + String.join(" ", args) + " ran over " + MAX_RUN + tail());
        }
        if (!allowed.contains(process.exitValue()))
            throw new IllegalStateException(
                    "marsad " + String.join(" ", args) + " exited with " + process.exitValue() + tail());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Starts {@code marsad args…} and leaves it running; the caller stops it. */
    public Process start(String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(classPath());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    /** This JVM's class path with absolute entries, so that a child finds it from any folder. */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString())
                .reduce((a, b) -> a + java.io.File.pathSeparator + b)
                .orElseThrow();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; the log ends:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - QUOTED_LINES), lines.size()));
        } catch (IOException e) {
            return "; the log " + log + " cannot be read: " + e.getMessage();
        }
    }
}
