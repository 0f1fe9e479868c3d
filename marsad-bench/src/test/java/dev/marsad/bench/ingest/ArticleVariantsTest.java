package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Generated variants for the growth benchmark: new ids and dates, partly new words, copies kept copies. */
class ArticleVariantsTest {

    private static final String TEXT = "أعلنت وزارة الصحة السعودية اليوم عن تسجيل حالات جديدة في منطقة الرياض"
            + " وأكدت الوزارة أن الفرق الطبية تتابع المخالطين في المستشفيات والمراكز الصحية";

    /** A corpus whose vocabulary is large enough for words beyond the protected ranks to be replaced. */
    private static List<SnnArticle> corpus() {
        List<SnnArticle> corpus = new ArrayList<>();
        StringBuilder filler = new StringBuilder();
        // 400 made-up words: a vocabulary past the protected ranks, so that some words are replaced
        for (int i = 0; i < 400; i++) filler.append(" كلمة").append(letters(i)).append(" ");
        IntStream.range(0, 3).forEach(day -> corpus.add(article("a" + day, day, TEXT + filler)));
        corpus.add(article("copy", 2, TEXT + filler));
        return corpus;
    }

    private static String letters(int i) {
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        return "" + alphabet.charAt(i % alphabet.length()) + alphabet.charAt(i / alphabet.length() % alphabet.length());
    }

    private static SnnArticle article(String id, int day, String content) {
        return new SnnArticle(
                id,
                "sabq",
                LocalDateTime.of(2015, 7, 21 + day, 10, 0),
                "وزارة الصحة تعلن حالات جديدة",
                "",
                content,
                Optional.empty());
    }

    @Test
    void passZeroIsTheArticleItself() {
        List<SnnArticle> corpus = corpus();
        assertThat(new ArticleVariants(corpus).variant(corpus.getFirst(), 0)).isSameAs(corpus.getFirst());
    }

    @Test
    void aVariantHasANewIdAndComesOneCorpusSpanLaterPerPass() {
        List<SnnArticle> corpus = corpus();
        var variants = new ArticleVariants(corpus);
        SnnArticle second = variants.variant(corpus.getFirst(), 2);
        assertThat(second.id()).isEqualTo("a0-2");
        // the corpus spans 2 days and 0 hours, plus a day: 3 days per pass
        assertThat(second.extracted()).isEqualTo(corpus.getFirst().extracted().plusDays(6));
    }

    @Test
    void aVariantReplacesSomeWordsButKeepsMost() {
        List<SnnArticle> corpus = corpus();
        String original = corpus.getFirst().content();
        String variant =
                new ArticleVariants(corpus).variant(corpus.getFirst(), 1).content();
        List<String> before = List.of(original.split("\\s+"));
        List<String> after = List.of(variant.split("\\s+"));
        assertThat(after).hasSameSizeAs(before);
        long changed = IntStream.range(0, before.size())
                .filter(i -> !before.get(i).equals(after.get(i)))
                .count();
        assertThat(changed)
                .as("words replaced of %d", before.size())
                .isPositive()
                .isLessThan(before.size() / 3);
    }

    @Test
    void copiesStayCopiesAndRunsRepeat() {
        List<SnnArticle> corpus = corpus();
        var variants = new ArticleVariants(corpus);
        SnnArticle original = variants.variant(corpus.get(2), 3);
        SnnArticle copy = variants.variant(corpus.get(3), 3);
        assertThat(copy.content()).isEqualTo(original.content());
        assertThat(new ArticleVariants(corpus).variant(corpus.get(2), 3)).isEqualTo(original);
    }
}
