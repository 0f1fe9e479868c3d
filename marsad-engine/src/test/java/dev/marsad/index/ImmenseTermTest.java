package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a word longer than Lucene's 32,766-byte term limit lost its article (the crawl recorded
 * it as failed and never retried it). Such a word is left out of the terms; the article is stored
 * and found by its other words.
 */
class ImmenseTermTest {

    @TempDir
    Path dir;

    @Test
    void storesAndFindsAnArticleWithAWordOverTheTermLimit() throws java.io.IOException {
        String immense = "ب".repeat(20_000); // 40,000 bytes in UTF-8
        IndexedArticle article = TestArticles.article(
                "big",
                "عنوان " + immense + " القمح",
                "2023-09-20T10:00:00Z",
                "موقع " + immense,
                List.of("ارتفعت أسعار القمح " + immense + " في الأسواق.", immense));
        try (var index = LuceneArticleIndex.open(dir)) {
            index.put(article);
            index.commit();
            assertThat(index.article("big")).contains(article);
            assertThat(index.search(SearchQuery.of("القمح")).hits())
                    .extracting(h -> h.article().id())
                    .containsExactly("big");
        }
    }
}
