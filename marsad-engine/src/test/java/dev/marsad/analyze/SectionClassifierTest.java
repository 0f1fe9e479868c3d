package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionClassifierTest {

    private static final SectionClassifier CLASSIFIER = SectionClassifier.load();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "سياسة, POLITICS",
        "أخبار سياسية, POLITICS",
        "اقتصاد, ECONOMY",
        "المال والأعمال, ECONOMY",
        "رياضة, SPORTS",
        "Sport, SPORTS",
        "sports, SPORTS",
        "الأخبار العربية والدولية, WORLD",
        "دولي, WORLD",
        "World, WORLD",
        "تكنولوجيا, TECHNOLOGY",
        "صحة, HEALTH",
        "ثقافة وفنون, CULTURE",
        "محليات, SOCIETY",
        "منوعات, OTHER",
        "مقالات الرأي, OTHER",
        "طقس, ENVIRONMENT",
    })
    void mapsPublisherSectionNames(String name, Section section) {
        assertThat(CLASSIFIER.fromName(name)).contains(section);
    }

    @Test
    void leavesUnknownSectionNamesToTheText() {
        assertThat(CLASSIFIER.fromName("زاوية خاصة")).isEmpty();
        assertThat(CLASSIFIER.classify(
                        Optional.of("زاوية خاصة"),
                        AnalyzedText.of("المنتخب يفوز بالكأس"),
                        List.of(AnalyzedText.of("سجل اللاعب هدفين في المباراة"))))
                .isEqualTo(Section.SPORTS);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "article-football-final.txt, SPORTS",
        "article-oil-prices.txt, ECONOMY",
        "article-ceasefire-talks.txt, POLITICS",
    })
    void classifiesFromTheTextWhenNoSectionIsGiven(String fixture, Section section) {
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(Fixtures.article(fixture, Optional.empty(), List.of()));
        assertThat(analyzed.section()).as(fixture).isEqualTo(section);
    }

    @Test
    void prefersThePublisherSectionOverTheText() {
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(
                Fixtures.article("article-football-final.txt", Optional.of("اقتصاد"), List.of()));
        assertThat(analyzed.section()).isEqualTo(Section.ECONOMY);
    }

    @Test
    void givesUnknownWhenTheTextSaysTooLittle() {
        assertThat(CLASSIFIER.fromText("خبر قصير", "نص بلا كلمات دالة")).isEqualTo(Section.UNKNOWN);
    }
}
