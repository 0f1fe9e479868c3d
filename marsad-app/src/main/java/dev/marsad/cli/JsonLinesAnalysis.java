package dev.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.analyze.ArticleAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code marsad analyze --jsonl}: one JSON object per input line ({@code title}, {@code text},
 * optional {@code id}, {@code url}, {@code published}) analysed on a pool of worker threads, one
 * JSON result per line written in input order. A line that cannot be read or analysed gives an
 * error object ({@link TextAnalysisView.LineError}) in its place; the run goes on.
 */
final class JsonLinesAnalysis {

    /** Lines in flight per worker: enough to keep every worker busy while the oldest is written. */
    static final int LINES_PER_WORKER = 16;

    private final ArticleAnalyzer analyzer;
    private final int workers;

    JsonLinesAnalysis(ArticleAnalyzer analyzer, int workers) {
        if (workers < 1) throw new IllegalArgumentException("'--workers' must be at least 1, got " + workers);
        this.analyzer = analyzer;
        this.workers = workers;
    }

    /**
     * Analyses every line of {@code in} and writes one result line each to {@code out}.
     *
     * @return how many lines gave an error object
     */
    int run(BufferedReader in, PrintWriter out) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(
                workers,
                Thread.ofPlatform().name("marsad-analyze-", 1).daemon(true).factory());
        var window = new ArrayDeque<Future<Result>>();
        int errors = 0;
        try {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long lineNumber = ++number;
                String input = line;
                window.add(pool.submit(() -> analyze(lineNumber, input)));
                if (window.size() >= workers * LINES_PER_WORKER) errors += write(window.poll(), out);
            }
            while (!window.isEmpty()) errors += write(window.poll(), out);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return errors;
    }

    private record Result(String json, boolean failed) {}

    private static int write(Future<Result> future, PrintWriter out) throws InterruptedException {
        try {
            Result result = future.get();
            out.println(result.json());
            return result.failed() ? 1 : 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysing a line failed unexpectedly", e.getCause());
        }
    }

    /** One line's result; every failure of the line becomes its error object. */
    private Result analyze(long number, String line) {
        String id = null;
        try {
            if (line.isBlank()) throw new IllegalArgumentException("empty line");
            JsonNode node = readObject(line);
            id = optionalText(node, "id");
            String title = requiredText(node, "title");
            String text = requiredText(node, "text");
            URI url = url(optionalText(node, "url"), number);
            String published = optionalText(node, "published");
            Optional<Instant> time = published == null
                    ? Optional.empty()
                    : Optional.of(TextInput.time("published", published).toInstant());
            var analysis = analyzer.analyzeText(title, text, time, url);
            return new Result(Json.line(TextAnalysisView.of(number, id, text, analysis)), false);
        } catch (RuntimeException e) { // per-line loop: the failure is this line's result, the run goes on
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(Json.line(new TextAnalysisView.LineError(number, id, message)), true);
        }
    }

    private static JsonNode readObject(String line) {
        JsonNode node;
        try {
            node = Json.reader().readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
        return node;
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("'" + field + "' is missing or blank");
        return value;
    }

    /** A string field (a number is taken as its text); null when absent or JSON null. */
    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual() && !value.isNumber())
            throw new IllegalArgumentException("'" + field + "' must be a string, got " + value.getNodeType());
        return value.asText();
    }

    /** The given url, which must be absolute; else an identifier of the line. */
    private static URI url(String given, long line) {
        if (given == null) return URI.create(AnalyzeCommand.TEXT_SCHEME + ":line:" + line);
        try {
            URI url = new URI(given);
            if (!url.isAbsolute()) throw new IllegalArgumentException("'url' must be absolute, got '" + given + "'");
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'url' is not a URL: '" + given + "'", e);
        }
    }
}
