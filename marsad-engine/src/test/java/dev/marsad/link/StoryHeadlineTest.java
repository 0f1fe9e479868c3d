package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's headline says what happened most recently, in the words its publishers agree on (issue 12, part 4). */
class StoryHeadlineTest {

    @Test
    void headsAStoryWithItsLatestEventNotItsOldestTitle() {
        List<Story.Member> members = List.of(
                member("a", "2024-09-09T18:00:00Z", true, "إربد تستعد لانتخابات البلدية غدا وسط إقبال متوقع"),
                member("b", "2024-09-10T20:00:00Z", true, "فرز الأصوات في انتخابات بلدية إربد"),
                member("c", "2024-09-16T10:00:00Z", true, "محكمة تلغي نتيجة صندوق في انتخابات بلدية إربد"),
                member("d", "2024-09-16T15:00:00Z", true, "المحكمة الإدارية تلغي نتيجة صندوق اقتراع في إربد"));
        assertThat(StoryHeadline.of(members)).contains("تلغي نتيجة صندوق");
    }

    @Test
    void prefersTheTitleTheOtherRecentTitlesAgreeWith() {
        List<Story.Member> members = List.of(
                member("a", "2024-06-25T10:00:00Z", true, "بنك المغرب يخفض سعر الفائدة إلى 2.75 في المئة"),
                member("b", "2024-06-25T11:00:00Z", true, "خفض سعر الفائدة إلى 2.75 في المئة"),
                member("c", "2024-06-25T12:00:00Z", true, "قرار مفاجئ يريح المقترضين"));
        assertThat(StoryHeadline.of(members))
                .as("the newest title is the odd one out; the two that agree win")
                .isIn("بنك المغرب يخفض سعر الفائدة إلى 2.75 في المئة", "خفض سعر الفائدة إلى 2.75 في المئة");
    }

    @Test
    void passesOverCopiesWhenTheStoryHasACanonicalArticle() {
        List<Story.Member> members = List.of(
                member("a", "2024-06-25T10:00:00Z", true, "بنك المغرب يخفض سعر الفائدة"),
                member("b", "2024-06-27T10:00:00Z", false, "منقول: بنك المغرب يخفض سعر الفائدة لأول مرة"));
        assertThat(StoryHeadline.of(members)).isEqualTo("بنك المغرب يخفض سعر الفائدة");
    }

    private static Story.Member member(String id, String published, boolean canonical, String title) {
        return new Story.Member(id, Instant.parse(published), canonical, "الخبر", title);
    }
}
