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
                .withCopyHeadline("c1", "طوابير أمام معرض الكتاب", OWN)
                .withCopyHeadline("c2", "  معرض الكتاب يفتح أبوابه ", OWN);
        assertThat(relations.copyHeadlineTexts()).containsExactly("طوابير أمام معرض الكتاب", "معرض الكتاب يفتح أبوابه");
        assertThat(relations.isEmpty()).isFalse();
    }

    @Test
    void leavesOutTheOriginalsOwnHeadlineAndOneAlreadyCarried() {
        CopyRelations relations = CopyRelations.NONE
                .withCopyHeadline("c1", OWN, OWN)
                .withCopyHeadline("c2", "طوابير أمام معرض الكتاب", OWN)
                .withCopyHeadline("c3", "طوابير أمام معرض الكتاب", OWN);
        assertThat(relations.copyHeadlines())
                .containsExactly(new CopyRelations.CopyHeadline("c2", "طوابير أمام معرض الكتاب"));
    }

    @Test
    void replacesACopysHeadlineInItsPlace() {
        CopyRelations relations = CopyRelations.NONE
                .withCopyHeadline("c1", "الأول", OWN)
                .withCopyHeadline("c2", "الثاني", OWN)
                .withCopyHeadline("c1", "الأول معدلا", OWN);
        assertThat(relations.copyHeadlineTexts()).containsExactly("الأول معدلا", "الثاني");
        assertThat(relations.withCopyHeadline("c1", OWN, OWN).copyHeadlineTexts())
                .as("a copy that took the original's headline adds nothing")
                .containsExactly("الثاني");
        assertThat(relations.withoutCopyHeadline("c2").copyHeadlineTexts()).containsExactly("الأول معدلا");
    }

    @Test
    void carriesAtMostFiftyHeadlines() {
        CopyRelations relations = CopyRelations.NONE;
        for (int i = 0; i < CopyRelations.MAX_COPY_HEADLINES + 5; i++)
            relations = relations.withCopyHeadline("c" + i, "عنوان رقم " + i, OWN);
        assertThat(relations.copyHeadlines()).hasSize(CopyRelations.MAX_COPY_HEADLINES);
        assertThat(relations.copyHeadlines().getLast().copyId()).isEqualTo("c49");
        assertThatThrownBy(() -> new CopyRelations.CopyHeadline("c1", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c1");
    }

    @Test
    void keepsTheHeadlinesWhenThePeersAndChangesAreRecomputed() {
        CopyRelations relations = CopyRelations.NONE.withCopyHeadline("c1", "الأول", OWN);
        assertThat(relations.withChanges(List.of(), List.of("جملة"), List.of()).copyHeadlineTexts())
                .containsExactly("الأول");
    }

    @Test
    void readsARecordStoredBeforeCopyHeadlinesAsCarryingNone() {
        var json = new ArticleJson();
        IndexedArticle original = article("f1", OWN, "2023-10-01T08:00:00Z", "وكالة", List.of("نص الخبر."));
        IndexedArticle carrying = original.withCopies(CopyRelations.NONE.withCopyHeadline("c1", "طوابير", OWN));
        String stored = json.write(carrying);
        assertThat(json.read(stored, IndexedArticle.class)).isEqualTo(carrying);
        String before = stored.replaceFirst(",\"copyHeadlines\":\\[[^\\]]*\\]", "");
        assertThat(before).as("the member removed").doesNotContain("copyHeadlines");
        assertThat(json.read(before, IndexedArticle.class).copies().copyHeadlines())
                .isEmpty();
    }
}
