package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.TestArticles;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The revision step's clustering and labels (issue 12, part 2). */
class StoryRevisionTest {

    @Test
    void mergesTwoClustersWhenABridgeMakesThemCloseOnAverage() {
        // 0 and 1 are too far apart to be one story; 2 is close to both
        double[][] s = {{0, 0.10, 0.30}, {0.10, 0, 0.30}, {0.30, 0.30, 0}};
        assertThat(StoryRevision.averageLink(s)).containsExactly(List.of(0, 1, 2));
        double[][] withoutBridge = {{0, 0.10}, {0.10, 0}};
        assertThat(StoryRevision.averageLink(withoutBridge)).containsExactlyInAnyOrder(List.of(0), List.of(1));
    }

    @Test
    void splitsAChainThatDriftedWhereSingleLinkWouldKeepItWhole() {
        // 0-1 and 2-3 are tight pairs joined only by one link 1-2 above the join threshold
        double[][] s = {
            {0, 0.50, 0.05, 0.00},
            {0.50, 0, 0.25, 0.05},
            {0.05, 0.25, 0, 0.50},
            {0.00, 0.05, 0.50, 0}
        };
        assertThat(StoryRevision.averageLink(s)).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void givesTheSamePartitionWhateverTheOrderOfItsMembers() {
        List<StoryRevision.Member> members = List.of(
                member("f1", "s-a", "2024-10-20T08:00:00Z", FLOOD_TITLE, FLOOD),
                member("f2", "s-a", "2024-10-20T11:00:00Z", "سيول نابل: وفاة شخصين وإجلاء عشرات العائلات", FLOOD),
                member("f3", "s-b", "2024-10-21T09:00:00Z", "نابل تحصي أضرار الفيضانات بعد الأمطار الغزيرة", FLOOD),
                member("r1", "s-b", "2024-10-20T12:00:00Z", RATE_TITLE, RATE),
                member("r2", "s-c", "2024-10-20T15:00:00Z", "المركزي يخفض الفائدة لدعم النمو", RATE));
        Map<String, String> first = StoryRevision.revise(members, id -> false);
        for (int seed = 1; seed <= 5; seed++) {
            var shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(StoryRevision.revise(shuffled, id -> false))
                    .as("order %d", seed)
                    .isEqualTo(first);
        }
        assertThat(partition(first)).containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("r1", "r2"));
    }

    @Test
    void keepsTheIdOfTheStoryMostMembersCameFromAndGivesAFreshOneToANewCluster() {
        List<StoryRevision.Member> members = List.of(
                member("f1", "s-a", "2024-10-20T08:00:00Z", FLOOD_TITLE, FLOOD),
                member("f2", "s-a", "2024-10-20T11:00:00Z", FLOOD_TITLE, FLOOD),
                member("r1", "s-a", "2024-10-20T12:00:00Z", RATE_TITLE, RATE),
                member("r2", "s-a", "2024-10-20T15:00:00Z", RATE_TITLE, RATE));
        Map<String, String> labels = StoryRevision.revise(members, id -> false);
        assertThat(labels.get("f1")).isEqualTo(labels.get("f2")).isEqualTo("s-a");
        assertThat(labels.get("r1"))
                .as("the cluster left without an old id is named after its earliest article")
                .isEqualTo(labels.get("r2"))
                .isEqualTo(StoryClusterer.newStoryId("r1"));
        assertThat(StoryRevision.revise(members, id -> id.equals(StoryClusterer.newStoryId("r1")))
                        .get("r1"))
                .as("an id another story already has is skipped")
                .isEqualTo(StoryClusterer.newStoryId("r2"));
        Set<String> taken = Set.of(StoryClusterer.newStoryId("r1"), StoryClusterer.newStoryId("r2"));
        assertThat(StoryRevision.revise(members, taken::contains).get("r1"))
                .as("every member's own id taken: the earliest one's with a counter")
                .isEqualTo(StoryClusterer.newStoryId("r1") + "-2");
    }

    @Test
    void neverPutsTheSameEventAMonthApartInOneStory() {
        List<StoryRevision.Member> members = List.of(
                member("f1", "s-a", "2024-10-20T08:00:00Z", FLOOD_TITLE, FLOOD),
                member("f2", "s-b", "2024-11-20T08:00:00Z", FLOOD_TITLE, FLOOD));
        assertThat(StoryRevision.similarities(members)[0][1]).isZero();
        assertThat(new HashSet<>(StoryRevision.revise(members, id -> false).values()))
                .hasSize(2);
    }

    private static final String FLOOD_TITLE = "فيضانات في نابل بعد أمطار غزيرة وإغلاق الطرق";
    private static final List<String> FLOOD = List.of(
            "شهدت ولاية نابل التونسية فيضانات واسعة بعد أمطار غزيرة تهاطلت طوال الليل، وأغلقت السلطات عددا من الطرق.",
            "وقالت الحماية المدنية إن فرقها أجلت عشرات العائلات من الأحياء المنخفضة في نابل ودار شعبان.");
    private static final String RATE_TITLE = "البنك المركزي يخفض سعر الفائدة ربع نقطة";
    private static final List<String> RATE = List.of(
            "قرر البنك المركزي خفض سعر الفائدة الرئيسي بربع نقطة مئوية، في أول خفض منذ عامين.",
            "وأوضح البنك في بيان أن تراجع التضخم يسمح بتيسير السياسة النقدية لدعم النمو والاستثمار.");

    private static StoryRevision.Member member(
            String id, String storyId, String published, String title, List<String> paragraphs) {
        var analyzed = TestArticles.analyzed(
                URI.create("https://news.example/" + id),
                title,
                Instant.parse(published),
                "الخبر",
                Optional.empty(),
                paragraphs,
                List.of(),
                List.of());
        return new StoryRevision.Member(id, storyId, Instant.parse(published), LinkProfile.of(analyzed));
    }

    private static Set<Set<String>> partition(Map<String, String> labels) {
        var clusters = new TreeMap<String, Set<String>>();
        labels.forEach((id, label) ->
                clusters.computeIfAbsent(label, k -> new TreeSet<>()).add(id));
        return new HashSet<>(clusters.values());
    }
}
