package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a read-only index (what {@code marsad serve} opens) beside a writer on the same folder
 * sees the writer's commits without being reopened, and never takes the write lock.
 */
class LuceneArticleIndexReadOnlyTest {

    /** How long the reader may take to see a commit; it looks every second. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final IndexedArticle ceasefire = article(
            "a1",
            "وقف إطلاق النار في كاراباخ",
            "2023-09-20T08:00:00Z",
            "بوابة الخبر",
            List.of("أعلنت وزارة الدفاع الأذرية وقف العمليات العسكرية."));
    private final IndexedArticle flood = article(
            "a2",
            "فيضانات تغمر أحياء في مدينة درنة",
            "2023-09-12T06:00:00Z",
            "صحيفة الساحل",
            List.of("غمرت المياه أحياء واسعة بعد انهيار سدين."));

    @Test
    void seesWhatAWriterCommitsWithoutBeingReopened() throws Exception {
        try (var writer = LuceneArticleIndex.open(dir)) {
            writer.put(ceasefire);
            writer.commit();
            try (var reader = LuceneArticleIndex.openReadOnly(dir)) {
                assertThat(reader.article("a1")).contains(ceasefire);
                assertThat(reader.article("a2")).isEmpty();

                writer.put(flood);
                writer.commit();

                assertThat(within(PATIENCE, () -> reader.article("a2"))).contains(flood);
                assertThat(reader.search(SearchQuery.of("درنة")).total()).isEqualTo(1);
                assertThat(reader.articleCount()).isEqualTo(2);
            }
        }
    }

    @Test
    void startsEmptyOnAFolderWithoutIndexAndFillsWhenAWriterCommits() throws Exception {
        try (var reader = LuceneArticleIndex.openReadOnly(dir.resolve("index"))) {
            assertThat(reader.articleCount()).isZero();
            assertThat(reader.search(SearchQuery.of("")).hits()).isEmpty();
            assertThat(reader.latestStories(1, 10)).isEmpty();

            try (var writer = LuceneArticleIndex.open(dir.resolve("index"))) {
                writer.put(ceasefire);
                writer.commit();
                assertThat(within(PATIENCE, () -> reader.article("a1"))).contains(ceasefire);
            }
        }
    }

    @Test
    void followsAnIndexRebuiltAndSwappedIntoItsFolder() throws Exception {
        // marsad rebuild builds index.rebuild beside the live index, then moves it into its place;
        // the new index's segments have the old ones' names, so the reader must open it afresh
        Path live = dir.resolve("index");
        try (var writer = LuceneArticleIndex.open(live)) {
            writer.put(ceasefire);
        }
        try (var reader = LuceneArticleIndex.openReadOnly(live)) {
            assertThat(reader.article("a1")).contains(ceasefire);
            Path fresh = dir.resolve("index.rebuild");
            try (var rebuilt = LuceneArticleIndex.open(fresh)) {
                rebuilt.put(flood);
            }
            Files.move(live, dir.resolve("index.old"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);

            assertThat(within(PATIENCE, () -> reader.article("a2"))).contains(flood);
            assertThat(reader.article("a1")).isEmpty();
        }
    }

    @Test
    void neverTakesTheWriteLock() throws IOException {
        try (var reader = LuceneArticleIndex.openReadOnly(dir);
                var writer = LuceneArticleIndex.open(dir)) {
            writer.put(ceasefire);
            writer.commit();
            reader.refresh();
            assertThat(reader.article("a1")).contains(ceasefire);
        }
    }

    @Test
    void stopsItsRefreshThreadWhenClosed() throws Exception {
        long before = refreshThreads();
        LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir);
        assertThat(refreshThreads()).isEqualTo(before + 1);
        reader.close();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (refreshThreads() > before && Instant.now().isBefore(deadline)) Thread.sleep(50);
        assertThat(refreshThreads()).isEqualTo(before);
    }

    private static long refreshThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("marsad-index-refresh"))
                .count();
    }

    /** Asks until the answer is present or the time is up; the last answer. */
    private static <T> Optional<T> within(Duration patience, Supplier<Optional<T>> ask) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        Optional<T> answer = ask.get();
        while (answer.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            answer = ask.get();
        }
        return answer;
    }
}
