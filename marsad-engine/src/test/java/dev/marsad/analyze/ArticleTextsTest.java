package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.extract.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTextsTest {

    private static final Article ARTICLE = Fixtures.article("article-ceasefire-talks.txt", Optional.empty(), List.of());

    @Test
    void analysisHandsOnTheTextsItAnalysed() {
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(ARTICLE);
        ArticleTexts texts = analyzed.texts();
        assertThat(texts.title()).isSameAs(texts.title());
        assertThat(texts.title().text()).isEqualTo(ARTICLE.title());
        assertThat(texts.paragraphs()).extracting(AnalyzedText::text).isEqualTo(ARTICLE.paragraphs());
    }

    @Test
    void anArticleBuiltWithoutTextsAnalysesThemWhenAsked() {
        var analyzed =
                new AnalyzedArticle(ARTICLE, List.of(), List.of(), List.of(), List.of(), Section.OTHER, List.of());
        assertThat(analyzed.texts().paragraphs()).hasSameSizeAs(ARTICLE.paragraphs());
        assertThat(analyzed.texts().title().text()).isEqualTo(ARTICLE.title());
    }

    @Test
    void textsOfAnotherArticleAreNotTaken() {
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(ARTICLE);
        Article other = Fixtures.article("عنوان آخر", List.of("نص آخر"), Optional.empty(), List.of());
        assertThat(copy(analyzed, other, analyzed.texts()).texts().title().text())
                .isEqualTo("عنوان آخر");
    }

    @Test
    void analysedTextsDoNotChangeWhatAnArticleEquals() {
        AnalyzedArticle analyzed = Fixtures.ANALYZER.analyze(ARTICLE);
        AnalyzedArticle rebuilt = copy(analyzed, analyzed.article(), null);
        assertThat(rebuilt.texts()).isNotSameAs(analyzed.texts());
        assertThat(rebuilt).isEqualTo(analyzed).hasSameHashCodeAs(analyzed);
    }

    /** {@code analyzed} with another article and texts (null: none given). */
    private static AnalyzedArticle copy(AnalyzedArticle analyzed, Article article, ArticleTexts texts) {
        return new AnalyzedArticle(
                article,
                analyzed.tags(),
                analyzed.entities(),
                analyzed.dates(),
                analyzed.quantities(),
                analyzed.section(),
                analyzed.keywords(),
                analyzed.relatedEntities(),
                analyzed.readerTags(),
                analyzed.attributions(),
                texts);
    }

    @Test
    void readsAHashtagAsItsWordAndSkipsAddresses() {
        List<Word> words = Word.of("زار #كاراباخ عبر https://x.org/a ثم «باكو»");
        assertThat(words).extracting(Word::norm).containsExactly("زار", "كاراباخ", "عبر", "ثم", "باكو");
        assertThat(words.get(1).gap()).isEqualTo("#");
        assertThat(words.get(1).surface()).isEqualTo("كاراباخ");
        assertThat(words.get(3).gap()).isEqualTo("https://x.org/a");
        assertThat(words.get(4).followsOpeningQuote()).isTrue();
    }
}
