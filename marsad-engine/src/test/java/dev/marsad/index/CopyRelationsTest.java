package dev.marsad.index;

import static dev.marsad.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The copy headlines an original carries (issue 13): which are kept, and how they read back. */
class CopyRelationsTest {

    private static final String OWN = "افتتاح معرض الكتاب في الرياض";

    @Test
    void addsACopysHeadlineAtTheEnd() {
        CopyRelations relations = CopyRelations.NONE
                .withCopyHeadline("c1", "طوابير أمام معرض الكتاب")
                .withCopyHeadline("c2", "  معرض الكتاب يفتح أبوابه ");
        assertThat(relations.copyHeadlineTexts()).containsExactly("طوابير أمام معرض الكتاب", "معرض الكتاب يفتح أبوابه");
        assertThat(relations.isEmpty()).isFalse();
    }

    /** Review finding C1: a headline two copies share is recorded for each, so either may change alone. */
    @Test
    void recordsEveryCopysHeadlineAndSearchesEachTextOnceButNotTheOriginalsOwn() {
        CopyRelations relations = CopyRelations.NONE
                .withCopyHeadline("c1", OWN)
                .withCopyHeadline("c2", "طوابير أمام معرض الكتاب")
                .withCopyHeadline("c3", "طوابير أمام معرض الكتاب");
        assertThat(relations.copyHeadlines())
                .extracting(CopyRelations.CopyHeadline::copyId)
                .containsExactly("c1", "c2", "c3");
        assertThat(relations.searchedHeadlines(" " + OWN)).containsExactly("طوابير أمام معرض الكتاب");
        assertThat(relations.withCopyHeadline("c2", "عنوان آخر").searchedHeadlines(OWN))
                .as("c3 still brings the shared headline")
                .containsExactly("عنوان آخر", "طوابير أمام معرض الكتاب");
        assertThat(relations.searchedHeadlines("عنوان جديد للأصل"))
                .as("the original retitled: the copy that had its old headline is searched now")
                .containsExactly(OWN, "طوابير أمام معرض الكتاب");
    }

    @Test
    void replacesACopysHeadlineInItsPlace() {
        CopyRelations relations = CopyRelations.NONE
                .withCopyHeadline("c1", "الأول")
                .withCopyHeadline("c2", "الثاني")
                .withCopyHeadline("c1", "الأول معدلا");
        assertThat(relations.copyHeadlineTexts()).containsExactly("الأول معدلا", "الثاني");
        assertThat(relations.withCopyHeadline("c1", " ").copyHeadlineTexts())
                .as("a blank headline removes the copy's")
                .containsExactly("الثاني");
        assertThat(relations.withCopyHeadline("c2", "").copyHeadlineTexts()).containsExactly("الأول معدلا");
    }

    @Test
    void searchesAtMostFiftyHeadlinesAndRecordsThemAll() {
        CopyRelations relations = CopyRelations.NONE;
        for (int i = 0; i < CopyRelations.MAX_COPY_HEADLINES + 5; i++)
            relations = relations.withCopyHeadline("c" + i, "عنوان رقم " + i);
        assertThat(relations.copyHeadlines()).hasSize(CopyRelations.MAX_COPY_HEADLINES + 5);
        assertThat(relations.searchedHeadlines(OWN)).hasSize(CopyRelations.MAX_COPY_HEADLINES);
        assertThat(relations.searchedHeadlines(OWN).getLast()).isEqualTo("عنوان رقم 49");
        assertThat(relations.withCopyHeadline("c0", "").searchedHeadlines(OWN).getLast())
                .as("a copy dropped: the next recorded one is searched")
                .isEqualTo("عنوان رقم 50");
        assertThatThrownBy(() -> new CopyRelations.CopyHeadline("c1", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c1");
    }

    @Test
    void keepsTheHeadlinesWhenThePeersAndChangesAreRecomputed() {
        CopyRelations relations = CopyRelations.NONE.withCopyHeadline("c1", "الأول");
        assertThat(relations.withChanges(List.of(), List.of("جملة"), List.of()).copyHeadlineTexts())
                .containsExactly("الأول");
    }

    @Test
    void readsARecordStoredBeforeCopyHeadlinesAsCarryingNone() {
        var json = new ArticleJson();
        IndexedArticle original = article("f1", OWN, "2023-10-01T08:00:00Z", "وكالة", List.of("نص الخبر."));
        IndexedArticle carrying = original.withCopies(CopyRelations.NONE.withCopyHeadline("c1", "طوابير"));
        String stored = json.write(carrying);
        assertThat(json.read(stored, IndexedArticle.class)).isEqualTo(carrying);
        String before = stored.replaceFirst(",\"copyHeadlines\":\\[[^\\]]*\\]", "");
        assertThat(before).as("the member removed").doesNotContain("copyHeadlines");
        assertThat(json.read(before, IndexedArticle.class).copies().copyHeadlines())
                .isEmpty();
    }
}
