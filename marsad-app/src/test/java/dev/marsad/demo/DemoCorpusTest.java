package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled corpus: enough articles and stories, real copies, variants, and dates that agree. */
class DemoCorpusTest {

    private static final Set<String> PUBLISHERS =
            Set.of(AggregatorSite.ID, JsonLdSite.ID, LegacySite.ID, SitemapSite.ID);

    private static final DemoCorpus CORPUS = DemoCorpus.load(PUBLISHERS);

    /** Relative day words: today, yesterday, tomorrow, each followed by a weekday name. */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(اليوم|أمس|غدا|غدًا|مساء أمس|صباح اليوم) (الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "الاثنين",
            DayOfWeek.MONDAY,
            "الثلاثاء",
            DayOfWeek.TUESDAY,
            "الأربعاء",
            DayOfWeek.WEDNESDAY,
            "الخميس",
            DayOfWeek.THURSDAY,
            "الجمعة",
            DayOfWeek.FRIDAY,
            "السبت",
            DayOfWeek.SATURDAY,
            "الأحد",
            DayOfWeek.SUNDAY);

    @Test
    void indexListsEveryArticleFileInTheFolder() throws IOException, URISyntaxException {
        Path folder = Path.of(
                getClass().getClassLoader().getResource(DemoCorpus.FOLDER).toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("index.txt"))
                    .collect(Collectors.toSet());
        }
        Set<String> indexed = BundledText.read(DemoCorpus.INDEX)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
        assertThat(indexed).isEqualTo(files);
    }

    @Test
    void holdsAtLeastSixtyArticlesOfFourPublishers() {
        assertThat(CORPUS.entries().size()).isGreaterThanOrEqualTo(60);
        assertThat(CORPUS.entries().stream().map(CorpusEntry::publisher).distinct())
                .hasSize(4);
    }

    @Test
    void eightStoriesAreEachToldByTwoPublishersOnTwoDays() {
        Map<String, List<CorpusEntry>> stories =
                CORPUS.entries().stream().collect(Collectors.groupingBy(CorpusEntry::story));
        long told = stories.values().stream()
                .filter(s -> s.stream().map(CorpusEntry::publisher).distinct().count() >= 2)
                .filter(s -> s.stream()
                                .map(e -> e.published().toLocalDate())
                                .distinct()
                                .count()
                        >= 2)
                .count();
        assertThat(told).isGreaterThanOrEqualTo(8);
    }

    @Test
    void copiesRepublishAnotherPublishersArticleWithSmallEdits() {
        List<CorpusEntry> copies =
                CORPUS.entries().stream().filter(e -> e.copyOf().isPresent()).toList();
        assertThat(copies.size()).isGreaterThanOrEqualTo(10);
        for (CorpusEntry copy : copies) {
            CorpusEntry original = CORPUS.find(copy.copyOf().orElseThrow()).orElseThrow();
            assertThat(copy.publisher()).as(copy.id()).isNotEqualTo(original.publisher());
            assertThat(copy.story()).as(copy.id()).isEqualTo(original.story());
            assertThat(copy.paragraphs().size())
                    .as(copy.id())
                    .isGreaterThanOrEqualTo(original.paragraphs().size() - 1);
            Set<String> originalWords = words(original.paragraphs());
            List<String> copyWords = List.copyOf(words(copy.paragraphs()));
            long shared = copyWords.stream().filter(originalWords::contains).count();
            assertThat(shared)
                    .as(copy.id() + " keeps nearly all words")
                    .isGreaterThanOrEqualTo(copyWords.size() * 9L / 10);
        }
        assertThat(copies)
                .as("some copies change the headline")
                .anyMatch(c -> !c.title()
                        .equals(CORPUS.find(c.copyOf().orElseThrow())
                                .orElseThrow()
                                .title()));
        assertThat(copies)
                .as("some copies drop a paragraph")
                .anyMatch(c -> c.paragraphs().size()
                        < CORPUS.find(c.copyOf().orElseThrow())
                                .orElseThrow()
                                .paragraphs()
                                .size());
    }

    @Test
    void namesAreSpelledInSeveralWaysAcrossPublishers() {
        String[][] variants = {
            {"أذربيجان", "اذربيجان"},
            {"ناجورنو", "ناغورنو"},
            {"قره باخ", "كاراباخ"},
            {"أرمينيا", "ارمينيا"},
            {"غوغل", "جوجل"}
        };
        for (String[] pair : variants) {
            for (String spelling : pair) {
                assertThat(CORPUS.entries())
                        .as(spelling)
                        .anyMatch(e -> fullText(e).contains(spelling));
            }
        }
    }

    @Test
    void relativeDaysAgreeWithThePublicationDate() {
        int checked = 0;
        for (CorpusEntry entry : CORPUS.entries()) {
            Matcher m = RELATIVE_DAY.matcher(fullText(entry));
            LocalDate published = entry.published().toLocalDate();
            while (m.find()) {
                LocalDate meant = switch (m.group(1)) {
                    case "أمس", "مساء أمس" -> published.minusDays(1);
                    case "غدا", "غدًا" -> published.plusDays(1);
                    default -> published;
                };
                assertThat(meant.getDayOfWeek())
                        .as(entry.id() + ": '" + m.group() + "'")
                        .isEqualTo(WEEKDAYS.get(m.group(2)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void originalsHaveThreeToSevenParagraphs() {
        CORPUS.entries().stream()
                .filter(e -> e.copyOf().isEmpty())
                .forEach(e -> assertThat(e.paragraphs().size()).as(e.id()).isBetween(3, 7));
    }

    @Test
    void rejectsACopyOfAnUnknownArticle() {
        ArticleFile copy = ArticleFile.parse(
                "x.txt", "id: x\npublisher: nafitha\ncopyOf: nowhere\npublished: 2023-09-20T10:00:00Z\n---\n");
        assertThatThrownBy(() -> DemoCorpus.resolve(List.of(copy), PUBLISHERS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.txt")
                .hasMessageContaining("nowhere");
    }

    @Test
    void rejectsAnUnknownKeyNamingFileAndLine() {
        assertThatThrownBy(() -> ArticleFile.parse("y.txt", "id: y\ntitel: z\n---\nنص"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y.txt line 2")
                .hasMessageContaining("titel");
    }

    @Test
    void randomTextEitherParsesOrIsRejectedClearly() {
        Random random = new Random(20230920L);
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى :-|\n\n---#abcXYZ0123456789";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            try {
                ArticleFile file = ArticleFile.parse("random-" + i, text.toString());
                assertThat(file.paragraphs())
                        .allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).startsWith("demo article file random-" + i);
            }
        }
    }

    private static Set<String> words(List<String> paragraphs) {
        return paragraphs.stream()
                .flatMap(p -> Stream.of(p.split("[\\s\\p{Punct}،]+")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String fullText(CorpusEntry e) {
        return e.title() + "\n" + e.subtitle() + "\n" + String.join("\n", e.paragraphs()) + "\n"
                + String.join("\n", e.tags());
    }
}
