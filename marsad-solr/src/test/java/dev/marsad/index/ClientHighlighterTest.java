package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the passages marked in Marsad's client (articles written before Solr kept the body's
 * offsets) are matched as the embedded index and Solr match them ({@link PassageMatching}): a quoted
 * phrase as one mark where its words stand together, words one by one wherever they stand.
 */
class ClientHighlighterTest {

    private final ClientHighlighter highlighter = new ClientHighlighter();
    private final ArticleQueries queries = new ArticleQueries();
    private final IndexedArticle article = TestArticles.article(
            "c1",
            "عنوان",
            "2023-09-05T00:00:00Z",
            "موقع",
            List.of("ضرب الزلزال المدمر المدينة.", "وقال الخبراء إن الزلزال كان متوقعا."));

    private String passages(String text) {
        return highlighter.passages(article, queries.text(text).orElseThrow()).orElseThrow();
    }

    @Test
    void marksAQuotedPhraseAsOne() {
        assertThat(passages("\"الزلزال المدمر\""))
                .contains("<mark>الزلزال المدمر</mark>")
                .doesNotContain("<mark>الزلزال</mark>");
    }

    @Test
    void marksEveryQueryWordWhereverItStands() {
        assertThat(passages("الزلزال المدمر"))
                .contains("<mark>الزلزال</mark> <mark>المدمر</mark>", "إن <mark>الزلزال</mark> كان");
    }
}
