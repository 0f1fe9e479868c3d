package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: which searches Solr's highlighter can mark. A prefix that a hit must or may match made it
 * analyse the pre-analysed body again and fail the whole search; such hits are marked in the client.
 * The query trees are the reader's texts as {@link ArticleQueries} builds them for both backends.
 */
class HitHighlighterTest {

    private final ArticleQueries queries = new ArticleQueries();

    private boolean canMark(String text) {
        return HitHighlighter.canMark(queries.text(text).orElseThrow());
    }

    @Test
    void marksWordsAndPhrases() {
        assertThat(canMark("البلدية")).isTrue();
        assertThat(canMark("\"الانتخابات البلدية\"")).isTrue();
        assertThat(canMark("البلدية | المدينة")).isTrue();
    }

    @Test
    void leavesAPrefixToTheClient() {
        assertThat(canMark("انتخ*")).isFalse();
        assertThat(canMark("البلدية انتخ*")).as("beside a word").isFalse();
        assertThat(canMark("البلدية | (+باك* -قطار)")).as("in a group").isFalse();
        assertThat(canMark("انتخ* -قطار*")).isFalse();
    }

    @Test
    void aPrefixUnderNotIsNoObstacle() {
        assertThat(canMark("البلدية -قطار*")).isTrue();
        assertThat(canMark("البلدية | -قطار*")).isTrue();
    }

    @Test
    void aPrefixTooShortToExpandIsAWord() {
        assertThat(canMark("اب*")).isTrue();
    }
}
