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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "https://example.com/world/2025/03/12/7.html, WORLD",
        "https://example.com/sport/football/123, SPORTS",
        "https://example.com/Economy/News_Detail.aspx, ECONOMY",
        "http://www.3alyoum.com/news/local/a/slug/, SOCIETY",
    })
    void readsTheSectionFromTheUrlPath(String url, Section section) {
        assertThat(CLASSIFIER.fromUrl(java.net.URI.create(url))).contains(section);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://example.com/news/2025/world", "https://example.com/ar/article/1", "https://example.com/"})
    void ignoresTheArticlesOwnNameAndWordsThatNameNoSection(String url) {
        assertThat(CLASSIFIER.fromUrl(java.net.URI.create(url))).isEmpty();
    }

    @Test
    void prefersTheUrlPathOverTheText() {
        // issue 11: a Riyadh diplomacy article under /world/ was labelled sports from its words
        var url = java.net.URI.create("http://127.0.0.1:8184/world/2025/03/11/3.html");
        assertThat(CLASSIFIER.classify(
                        Optional.empty(),
                        url,
                        url,
                        AnalyzedText.of("جولة جديدة في الرياض"),
                        List.of(AnalyzedText.of("انطلقت الجولة بين الفريقين في الملعب والمباراة والدوري"))))
                .isEqualTo(Section.WORLD);
    }

    @Test
    void givesUnknownWhenTheTextSaysTooLittle() {
        assertThat(CLASSIFIER.fromText("خبر قصير", "نص بلا كلمات دالة")).isEqualTo(Section.UNKNOWN);
    }
}
