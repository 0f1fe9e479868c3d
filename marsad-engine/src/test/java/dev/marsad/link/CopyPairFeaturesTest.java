package dev.marsad.link;

import static dev.marsad.link.CopyFixtures.FEATURE;
import static dev.marsad.link.CopyFixtures.LOCAL_LINE;
import static dev.marsad.link.CopyFixtures.WIRE;
import static dev.marsad.link.CopyFixtures.WIRE_TITLE;
import static dev.marsad.link.CopyFixtures.article;
import static dev.marsad.link.CopyFixtures.concat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyPairFeaturesTest {

    private static final AnalyzedArticle ORIGINAL =
            article("https://a.example/1", WIRE_TITLE, "أ", "2024-03-03T08:00:00Z", WIRE);
    private static final AnalyzedArticle EXTENDED =
            article("https://b.example/1", WIRE_TITLE, "ب", "2024-03-03T09:00:00Z", concat(WIRE, List.of(LOCAL_LINE)));
    private static final AnalyzedArticle FEATURE_PIECE =
            article("https://c.example/1", WIRE_TITLE, "ج", "2024-03-03T10:00:00Z", FEATURE);

    @Test
    void agreesWithTheLinkersRuleOnACopyAndOnAFeature() {
        assertThat(CopyPairFeatures.of(ORIGINAL, EXTENDED).isNearDuplicate())
                .isEqualTo(CopyOverlap.of(CopyText.of(ORIGINAL), CopyText.of(EXTENDED))
                        .isNearDuplicate())
                .isTrue();
        assertThat(CopyPairFeatures.of(ORIGINAL, FEATURE_PIECE).isNearDuplicate())
                .isEqualTo(CopyOverlap.of(CopyText.of(ORIGINAL), CopyText.of(FEATURE_PIECE))
                        .isNearDuplicate());
    }

    @Test
    void doesNotDependOnTheOrderOfThePair() {
        assertThat(CopyPairFeatures.of(EXTENDED, ORIGINAL)).isEqualTo(CopyPairFeatures.of(ORIGINAL, EXTENDED));
    }

    @Test
    void givesEveryPairOnceInOrder() {
        List<CopyPairFeatures> all =
                CopyPairFeatures.ofAllPairs(List.of(ORIGINAL, EXTENDED, FEATURE_PIECE), CopyPairFeatures.Words.FORMS);
        assertThat(all)
                .containsExactly(
                        CopyPairFeatures.of(ORIGINAL, EXTENDED),
                        CopyPairFeatures.of(ORIGINAL, FEATURE_PIECE),
                        CopyPairFeatures.of(EXTENDED, FEATURE_PIECE));
        assertThat(all.getFirst().vector()).hasSize(CopyPairFeatures.NAMES.size());
    }

    @Test
    void sharesNamesAsAJaccardOfTheEntities() {
        assertThat(CopyPairFeatures.namesShared(new int[] {1, 2, 3}, new int[] {2, 3, 4}))
                .isEqualTo(0.5);
        assertThat(CopyPairFeatures.namesShared(new int[0], new int[0])).isEqualTo(1.0);
        assertThat(CopyPairFeatures.namesShared(new int[] {1}, new int[0])).isEqualTo(0.0);
    }
}
