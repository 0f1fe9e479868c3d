package dev.marsad.bench.arabic;

import dev.marsad.arabic.lucene.MarsadArabicAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: how many times per second an analyzer turns the same Arabic text into tokens (every token
 * consumed). Run through {@code marsad bench jmh-analyzer}, which reports tokens per second and the
 * ratio to Lucene's ArabicAnalyzer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

    /** Which analyzer: lucene-arabic, marsad, marsad-no-keys. */
    @Param({"lucene-arabic", "marsad", "marsad-no-keys"})
    public String analyzer;

    /** UTF-8 file with the text to analyse. */
    @Param({""})
    public String textFile;

    private Analyzer instance;
    private String text;

    @Setup
    public void setUp() {
        try {
            text = Files.readString(Path.of(textFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark text " + textFile, e);
        }
        instance = create(analyzer);
    }

    static Analyzer create(String name) {
        return switch (name) {
            case "lucene-arabic" -> new ArabicAnalyzer();
            case "marsad" -> new MarsadArabicAnalyzer();
            case "marsad-no-keys" -> new MarsadArabicAnalyzer(MarsadArabicAnalyzer.NameKeys.OMIT);
            default -> throw new IllegalArgumentException("unknown analyzer '" + name + "'");
        };
    }

    @TearDown
    public void tearDown() {
        instance.close();
    }

    /** Analyses the whole text once; returns the token count so nothing is optimised away. */
    @Benchmark
    public int analyze() throws IOException {
        return countTokens(instance, text);
    }

    static int countTokens(Analyzer analyzer, String text) throws IOException {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        }
        return n;
    }
}
