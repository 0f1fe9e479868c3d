package dev.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marsad.analyze.ConllCorpus;
import dev.marsad.analyze.NerTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordClusters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The seed contract (issue 2; ../shared/seed/README.md): {@code marsad analyze} on the seed page,
 * UTF-8 and windows-1256, prints one JSON object holding every fact the README lists. Skips when
 * the seed folder is absent.
 */
class AnalyzeCommandTest {

    static Stream<Arguments> seedPages() {
        Optional<Path> seed = seedFolder();
        return Stream.of("seed-article.html", "seed-article.cp1256.html")
                .map(name -> Arguments.of(name, seed.map(s -> s.resolve(name)).orElse(Path.of("absent", name))));
    }

    private static Optional<Path> seedFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seed");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static JsonNode analyze(Path page, String... options) throws Exception {
        var out = new StringWriter();
        var err = new StringWriter();
        var args = new ArrayList<>(List.of(options));
        args.add(page.toString());
        int exit = new CommandLine(new AnalyzeCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        assertThat(exit).as("exit code; stderr: " + err).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPages")
    void printsTheSeedContract(String name, Path page) throws Exception {
        assumeTrue(Files.isRegularFile(page), "seed page absent: " + name);
        assertContract(analyze(page));
    }

    /**
     * With a trained tagger in the data folder the contract holds too: its listed organisations
     * ("قوات حفظ السلام الروسية", "موقع 24") are not lost to a tagger that found nothing there. The
     * tagger is a quick one (one run of two passes over ANERcorp's training part); skips without
     * ANERcorp.
     */
    @Test
    void printsTheSeedContractWithATrainedTagger(@TempDir Path data) throws Exception {
        Path page = seedFolder().map(s -> s.resolve("seed-article.html")).orElse(Path.of("absent"));
        Path anercorp = seedFolder()
                .map(s -> s.resolveSibling("data").resolve("anercorp").resolve("ANERCorp.first75.txt"))
                .orElse(Path.of("absent"));
        assumeTrue(Files.isRegularFile(page) && Files.isRegularFile(anercorp), "seed page or ANERcorp absent");
        new NerTrainer(new NerTrainer.Settings(2, 1L), WordClusters.NONE, m -> {})
                .train(ConllCorpus.read(anercorp).split().train(), "test: ANERcorp train part, 2 passes")
                .write(data.resolve("models").resolve(TrainedModels.NER_FILE));
        assertContract(analyze(page, "--data", data.toString()));
    }

    private static void assertContract(JsonNode json) {

        assertThat(json.path("title").asText())
                .isEqualTo("تقارير: وقف إطلاق النار في كاراباخ.. وأذربيجان تجري مفاوضات غدا");
        assertThat(json.path("source").asText()).isEqualTo("الأسبوع");
        assertBody(json.path("body"));
        assertEmbed(json.path("embeds"));
        assertThat(texts(json.path("relatedLinks"), "title"))
                .containsExactly(
                        "الاتحاد الأوروبي يُدين التصعيد العسكري في إقليم كاراباخ بين أذربيجان وأرمينيا",
                        "الرئيس الأذربيجاني يعرض شروطه لإنهاء الصراع مع أرمينيا",
                        "هل تلقى «أذربيجان وأرمينيا» نفس مصير حرب روسيا وأوكرانيا؟");
        assertTags(json.path("tags"));
        assertDates(json.path("dates"));
        assertEntities(json.path("entities"));
        assertQuantities(json.path("quantities"));
        assertThat(json.path("published").asText()).startsWith("2023-09-20");
        // the one article shape (issue 15): its version, and null for what only the index knows
        assertThat(json.path("version").asInt()).isEqualTo(dev.marsad.web.ApiArticle.VERSION);
        assertThat(json.path("id").isNull()).isTrue();
        assertThat(texts(json.path("dates"), "grain"))
                .contains("day")
                .allMatch(g -> g.equals(g.toLowerCase(java.util.Locale.ROOT)));
    }

    private static void assertBody(JsonNode body) {
        assertThat(body.isArray()).isTrue();
        assertThat(body).hasSize(5);
        assertThat(body.get(0).path("type").asText()).isEqualTo("paragraph");
        assertThat(body.get(0).path("text").asText()).startsWith("كشفت تقارير صحفية روسية «إنترفاكس»");
        assertThat(body.get(4).path("text").asText()).startsWith("وصرحت وزارة الدفاع الأذرية");
        String all = body.toString();
        assertThat(all).doesNotContain("اقرأ أيضاً", "كلمات دلالية", "المصدر:", "انطلاق مفاوضات وقف الحرب الأوكرانية");
    }

    private static void assertEmbed(JsonNode embeds) {
        assertThat(embeds).hasSize(1);
        JsonNode tweet = embeds.get(0);
        assertThat(tweet.path("platform").asText()).isEqualTo("x");
        assertThat(tweet.path("author").asText()).contains("Gada Ennab");
        assertThat(tweet.path("handle").asText()).isEqualTo("gadaennab");
        assertThat(tweet.path("date").asText()).isEqualTo("2023-09-20");
        assertThat(tweet.path("text").asText()).contains("التوقيع على وقف اطلاق النار بين اذربيجان وارمينيا");
        assertThat(tweet.path("url").asText()).isNotBlank();
    }

    private static void assertTags(JsonNode tags) {
        assertThat(variantsOf(tags, "أرمينيا")).contains("أرمينيا", "ارمينيا");
        assertThat(variantsOf(tags, "أذربيجان")).contains("أذربيجان", "اذربيجان");
        assertThat(variantsOf(tags, "القوات الاذرية")).contains("القوات الاذرية", "القوات الاذربيجانية");
        assertThat(variantsOf(tags, "كاراباخ")).contains("كاراباخ", "إقليم كاراباخ");
        assertThat(texts(tags, "name")).contains("قوات حفظ السلام", "قوات حفظ السلام الروسية", "القوات الارمينية");
        for (JsonNode tag : tags) assertThat(tag.path("variants").size()).isPositive();
    }

    private static void assertDates(JsonNode dates) {
        assertThat(dateOf(dates, "أمس الثلاثاء الموافق 19 سبتمبر")).isEqualTo("2023-09-19");
        assertThat(dateOf(dates, "غدًا الخميس الموافق 21 سبتمبر 2023")).isEqualTo("2023-09-21");
    }

    private static void assertQuantities(JsonNode quantities) {
        assertThat(quantity(quantities, "30")).isEqualTo("مركز");
        assertThat(quantity(quantities, "2000")).isEqualTo("شخص");
        assertThat(quantity(quantities, "2116")).isEqualTo("مدني");
        assertThat(quantity(quantities, "1049")).isEqualTo("طفل");
    }

    private static void assertEntities(JsonNode entities) {
        JsonNode karabakh = entity(entities, "ناغورنو كاراباخ", "LOC");
        assertThat(texts(karabakh.path("variants"))).contains("ناجورنو كاراباخ", "قره باخ");
        for (String place : List.of(
                "أذربيجان", "أرمينيا", "روسيا", "باكو", "كييف", "موسكو", "واشنطن", "الرياض", "السعودية", "أوكرانيا"))
            entity(entities, place, "LOC");
        for (String org : List.of(
                "إنترفاكس",
                "وزارة الدفاع الأذرية",
                "قوات حفظ السلام الروسية",
                "الاتحاد الأوروبي",
                "فرانس برس",
                "موقع 24")) entity(entities, org, "ORG");
        for (String person : List.of("رستم عمروف", "كيث كيلوج")) entity(entities, person, "PER");
    }

    /** The entity of this type whose name or one of whose variants is {@code name}. */
    private static JsonNode entity(JsonNode entities, String name, String type) {
        for (JsonNode e : entities) {
            boolean named = e.path("name").asText().equals(name)
                    || texts(e.path("variants")).contains(name);
            if (named && e.path("type").asText().equalsIgnoreCase(type)) return e;
        }
        throw new AssertionError("no " + type + " entity named " + name + " in " + entities);
    }

    private static List<String> variantsOf(JsonNode tags, String spelling) {
        for (JsonNode tag : tags)
            if (texts(tag.path("variants")).contains(spelling)) return texts(tag.path("variants"));
        throw new AssertionError("no tag spelled " + spelling + " in " + tags);
    }

    private static String dateOf(JsonNode dates, String text) {
        for (JsonNode d : dates)
            if (d.path("text").asText().equals(text)) return d.path("date").asText();
        throw new AssertionError("no date '" + text + "' in " + dates);
    }

    private static String quantity(JsonNode quantities, String value) {
        for (JsonNode q : quantities)
            if (q.path("value").asText().equals(value)) return q.path("unit").asText();
        throw new AssertionError("no quantity " + value + " in " + quantities);
    }

    private static List<String> texts(JsonNode array, String field) {
        var out = new ArrayList<String>();
        for (JsonNode n : array) out.add(n.path(field).asText());
        return out;
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }
}
