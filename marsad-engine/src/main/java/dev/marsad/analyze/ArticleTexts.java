package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.extract.Article;
import dev.marsad.extract.WorkBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The analysed title and body paragraphs of an article ({@link AnalyzedText}, one per text): made
 * once by {@link ArticleAnalyzer} and read by every later stage (linking compares their words, the
 * index takes its terms from them) instead of tokenising the article again.
 *
 * <p>They are derived data and never stored: an article read back from storage gets texts that are
 * analysed on first use. Two are equal when they are of equal articles. Safe to share between
 * threads.
 */
public final class ArticleTexts {

    private final Article article;
    private volatile AnalyzedText title;
    private volatile List<AnalyzedText> paragraphs;

    private ArticleTexts(Article article, AnalyzedText title, List<AnalyzedText> paragraphs) {
        this.article = Objects.requireNonNull(article, "article");
        this.title = title;
        this.paragraphs = paragraphs;
    }

    /** The texts of {@code article}, analysed now, checking {@code budget} after every paragraph. */
    static ArticleTexts analyze(Article article, WorkBudget budget) {
        List<String> texts = article.paragraphs();
        List<AnalyzedText> paragraphs = new ArrayList<>(texts.size());
        for (String text : texts) {
            paragraphs.add(AnalyzedText.of(text));
            budget.check("analyze: paragraph " + paragraphs.size() + " of " + texts.size());
        }
        return new ArticleTexts(article, AnalyzedText.of(article.title()), List.copyOf(paragraphs));
    }

    /** The texts of {@code article}, analysed on first use (an article read back from storage). */
    static ArticleTexts whenNeeded(Article article) {
        return new ArticleTexts(article, null, null);
    }

    /** Whether these are the texts of this very article object. */
    boolean isOf(Article other) {
        return article == other;
    }

    /** The analysed title. */
    public AnalyzedText title() {
        AnalyzedText t = title;
        if (t == null) {
            t = AnalyzedText.of(article.title());
            title = t;
        }
        return t;
    }

    /**
     * The analysed body paragraphs, in the order of {@link Article#paragraphs()}; the body text
     * ({@link Article#plainText()}) is them joined by blank lines.
     */
    public List<AnalyzedText> paragraphs() {
        List<AnalyzedText> p = paragraphs;
        if (p == null) {
            p = article.paragraphs().stream().map(AnalyzedText::of).toList();
            paragraphs = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleTexts other && article.equals(other.article);
    }

    @Override
    public int hashCode() {
        return article.hashCode();
    }

    @Override
    public String toString() {
        return "ArticleTexts[" + article.url() + "]";
    }
}
