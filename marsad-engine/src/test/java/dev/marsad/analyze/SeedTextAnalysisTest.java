package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.extract.Teaser;
import dev.marsad.extract.TimePrecision;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed page's facts (../shared/seed/README.md), read from the seed's plain text laid into an
 * {@link Article} by hand, so that analysis is checked apart from extraction. Skips when the seed
 * folder is absent.
 */
class SeedTextAnalysisTest {

    private static AnalyzedArticle analyzed;

    @BeforeAll
    static void analyzeSeed() throws IOException {
        Path seed = SharedFolder.find("seed")
                .map(d -> d.resolve("seed-article.txt"))
                .orElse(Path.of("absent"));
        assumeTrue(Files.isRegularFile(seed), "seed absent (../shared/seed/seed-article.txt)");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        String tags = lines.stream()
                .filter(l -> l.startsWith("كلمات دلالية:"))
                .findFirst()
                .orElseThrow();
        int readAlso = indexStarting(lines, "إقرأ أيضاً");
        var article = new Article(
                URI.create("https://example.org/seed"),
                URI.create("https://example.org/seed"),
                lines.get(0),
                Optional.empty(),
                Optional.of(Instant.parse("2023-09-20T00:00:00Z")),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "ar",
                List.of(
                        new Block.Paragraph(lines.get(2)),
                        new Block.Paragraph(lines.get(3)),
                        new Block.Paragraph(lines.get(7)),
                        new Block.Paragraph(lines.get(8)),
                        new Block.Paragraph(lines.get(9))),
                Optional.of("الأسبوع"),
                List.of(tags.substring(tags.indexOf(':') + 1).strip()),
                List.of(
                        new RelatedLink(lines.get(10).replace("اقرأ أيضاً", ""), Optional.empty()),
                        new RelatedLink(lines.get(11), Optional.empty()),
                        new RelatedLink(lines.get(12), Optional.empty())),
                List.of(new Embed(
                        Embed.Platform.X,
                        Optional.of("Dr.Gada Ennab"),
                        Optional.of("gadaennab"),
                        Optional.of(LocalDate.of(2023, 9, 20)),
                        lines.get(4) + "\n" + lines.get(5),
                        Optional.empty())),
                List.of(new Teaser(
                        lines.get(readAlso + 1),
                        String.join("\n", lines.subList(readAlso + 2, lines.size())),
                        Optional.empty(),
                        Optional.empty())));
        analyzed = new ArticleAnalyzer().analyze(article);
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("no line starting " + prefix);
    }

    @Test
    void keepsTheOtherStorysEntitiesApartFromTheArticles() {
        assertThat(analyzed.entities())
                .extracting(Entity::id)
                .contains("loc:nagorno-karabakh", "loc:azerbaijan", "loc:armenia", "loc:baku", "org:interfax")
                .doesNotContain("loc:kyiv", "per:rustem-umerov", "per:keith-kellogg");
        assertThat(analyzed.relatedEntities())
                .extracting(Entity::id)
                .contains("loc:kyiv", "loc:riyadh", "per:rustem-umerov", "per:keith-kellogg", "org:eu", "org:24-ae");
    }

    @Test
    void resolvesTheRelativeDatesAgainstPublication() {
        assertThat(analyzed.dates())
                .extracting(DateMention::text, DateMention::date, DateMention::weekdayConsistent)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "أمس الثلاثاء الموافق 19 سبتمبر", LocalDate.of(2023, 9, 19), Optional.of(true)),
                        org.assertj.core.groups.Tuple.tuple(
                                "غدًا الخميس الموافق 21 سبتمبر 2023", LocalDate.of(2023, 9, 21), Optional.of(true)));
    }

    @Test
    void readsTheQuantitiesWithTheirUnitsAndNoDates() {
        assertThat(analyzed.quantities())
                .extracting(q -> q.value().intValue(), q -> q.unit().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(30, "مركز"),
                        org.assertj.core.groups.Tuple.tuple(2000, "شخص"),
                        org.assertj.core.groups.Tuple.tuple(2116, "مدني"),
                        org.assertj.core.groups.Tuple.tuple(1049, "طفل"));
    }

    @Test
    void unifiesTheSeedTags() {
        assertThat(analyzed.tags())
                .extracting(Tag::key)
                .containsExactly(
                        "قوات-حفظ-سلام",
                        "loc:armenia",
                        "loc:azerbaijan",
                        "org:russian-peacekeepers",
                        "loc:nagorno-karabakh",
                        "قوات-azerbaijan",
                        "قوات-armenia");
        assertThat(analyzed.section()).isEqualTo(Section.POLITICS);
    }
}
