package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index passes the {@link ArticleIndexContract}, and keeps to a folder's write lock. */
class LuceneArticleIndexTest extends ArticleIndexContract {

    @TempDir
    Path dir;

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.open(dir);
    }

    @Override
    protected ArticleIndex reopen(ArticleIndex index) throws IOException {
        index.close();
        return LuceneArticleIndex.open(dir);
    }

    @Test
    void letsAReaderSearchWhileTheWriterIsOpen() throws IOException {
        try (var reader = LuceneArticleIndex.openReadOnly(dir)) {
            assertThat(reader.article("a1")).contains(ceasefire);
            assertThatThrownBy(() -> reader.put(flood))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> LuceneArticleIndex.open(dir)).hasMessageContaining("in use by another Marsad process");
    }

    @Test
    void readsStoriesStoredBeforeTheyCarriedTheirMembers() {
        String json = """
                {"id":"s7","title":"عنوان","articleIds":["a1"],"publishers":["بوابة الخبر"],
                 "first":"2023-09-20T08:00:00Z","last":"2023-09-20T08:00:00Z","tagKeys":[],"entityIds":[]}
                """;
        Story story = new ArticleJson().read(json, Story.class);
        assertThat(story.articleIds()).containsExactly("a1");
        assertThat(story.members()).isEmpty();
        assertThat(story.tagCounts()).isEmpty();
        assertThat(story.isIncremental()).isFalse();
    }
}
