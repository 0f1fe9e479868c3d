package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private static final KeywordExtractor EXTRACTOR =
            new KeywordExtractor(Fixtures.LEXICON.stopWords(), WordList.load("keyword-background.txt"));

    @Test
    void ranksTheRepeatedContentWordsFirst() {
        List<String> keywords = Fixtures.ANALYZER
                .analyze(Fixtures.article("article-oil-prices.txt", Optional.empty(), List.of()))
                .keywords();
        assertThat(keywords).hasSizeLessThanOrEqualTo(KeywordExtractor.MAX_KEYWORDS);
        assertThat(keywords.subList(0, 3)).contains("نفط", "اسعار");
    }

    @Test
    void dropsStopWordsAndShortParticles() {
        List<String> keywords = EXTRACTOR.extract("قال إن في من", "قال إن في من على إلى أن هذا");
        assertThat(keywords).isEmpty();
    }

    @Test
    void countsTitleWordsMoreThanBodyWords() {
        List<String> keywords = EXTRACTOR.extract("الزلزال", "الفيضان الفيضان");
        assertThat(keywords).containsExactly("زلزال", "فيضان");
    }

    @Test
    void mergesAWordWithItsConjunctionForm() {
        List<String> keywords = EXTRACTOR.extract("", "زار أذربيجان ثم وأذربيجان مرة أخرى");
        assertThat(keywords).contains("اذربيجان").doesNotContain("واذربيجان");
    }

    @Test
    void weighsBackgroundNewsWordsDown() {
        List<String> keywords = EXTRACTOR.extract("", "تقارير تقارير تقارير الجفاف الجفاف");
        assertThat(keywords.getFirst()).isEqualTo("جفاف");
    }
}
