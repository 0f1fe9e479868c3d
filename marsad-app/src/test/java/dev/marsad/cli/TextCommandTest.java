package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TextCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String stdin, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = new CommandLine(new TextCommand())
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void normalizePrintsTheSearchForm() {
        Run r = run("", "normalize", "الأُسْـبوعُ", "مسؤولى");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("الاسبوع مسوولي");
    }

    @Test
    void normalizeReadsStandardInputAndHonoursThePreset() throws Exception {
        Run r = run("\u200Fأَحْمَدُ ﻻ", "normalize", "--preset", "display", "--json", "-");
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(json.get("normalized").asText()).isEqualTo("أَحْمَدُ لا");
        assertThat(json.get("preset").asText()).isEqualTo("display");
    }

    @Test
    void normalizeRejectsAnUnknownPresetInOneLine() {
        Run r = run("", "normalize", "--preset", "loud", "نص");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--preset must be search, matching or display, got 'loud'");
    }

    @Test
    void tokensShowNormalisedFormStemAndClitics() throws Exception {
        Run r = run("", "tokens", "--json", "وبالمفاوضات مع @gadaennab");
        JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(3);
        JsonNode first = rows.get(0);
        assertThat(first.get("token").asText()).isEqualTo("وبالمفاوضات");
        assertThat(first.get("stem").asText()).isEqualTo("مفاوض");
        assertThat(first.get("proclitics").toString()).isEqualTo("[\"و\",\"ب\",\"ال\"]");
        assertThat(first.get("base").asText()).isEqualTo("مفاوضات");
        assertThat(rows.get(2).get("type").asText()).isEqualTo("HANDLE");
        assertThat(rows.get(2).get("start").asInt()).isEqualTo(15);
    }

    @Test
    void tokensPrintOneLinePerToken() {
        Run r = run("", "tokens", "كتابهم في 2023");
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out().lines().findFirst().orElseThrow())
                .startsWith("كتابهم\t0-6\tARABIC\t")
                .endsWith("|كتاب|هم");
    }

    @Test
    void keyGivesVariantsOneKey() {
        assertThat(run("", "key", "قره", "باخ").out().strip())
                .isEqualTo(run("", "key", "كاراباخ").out().strip());
    }

    @Test
    void keyReadsOneNamePerLineFromStandardInput() throws Exception {
        Run r = run("جوجل\nغوغل\n\nليبيا\n", "key", "--json", "-");
        JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("key").asText())
                .isEqualTo(rows.get(1).get("key").asText());
        assertThat(rows.get(2).get("key").asText())
                .isNotEqualTo(rows.get(0).get("key").asText());
    }

    @Test
    void missingTextIsAClearError() {
        Run r = run("", "tokens");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("TEXT");
    }
}
