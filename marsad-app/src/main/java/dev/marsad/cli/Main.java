package dev.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code marsad} command line. The only place that parses argv.
 *
 * <p>Errors print one line to stderr and exit non-zero; {@code --debug} (anywhere on the line)
 * adds the stack trace.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // The JDK's small HTTP server (the demo newsroom) otherwise sends headers and body in two
        // packets and waits on delayed ACKs: ~40 ms per page on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line and returns its exit code; used by tests without a child process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cli = new CommandLine(new MarsadCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(e));
            if (debug) e.printStackTrace(err);
            return 1;
        });
        return cli.execute(rest);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) return describe(cause);
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
