package dev.marsad.arabic.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    /** Pinned floors: the bundled pairs must not score below these (see docs/benchmarks/arabic-core.md). */
    private static final double MIN_PRECISION = 0.90;

    private static final double MIN_RECALL = 0.85;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "كاراباخ,قره باخ",
        "كاراباخ,قرة باغ",
        "ناجورنو,ناغورنو",
        "جوجل,غوغل",
        "غوغل,قوقل",
        "جوجل,Google",
        "فلاديمير,ڤلاديمير",
        "أرمينيا,ارمينيا",
        "الأذرية,الاذرية",
        "صنعاء,صنعا",
        "اسطنبول,اسطمبول"
    })
    void variantsOfOneNameShareAKey(String a, String b) {
        assertThat(NameKey.of(a)).as(a + " vs " + b).isEqualTo(NameKey.of(b));
        assertThat(NameKey.sameName(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({"ليبيا,لبنان", "إيران,العراق", "غانا,غينيا", "جورجيا,جورج", "كولومبيا,كولومبو", "النيجر,نيجيريا"})
    void differentNamesThatLookAlikeKeepDifferentKeys(String a, String b) {
        assertThat(NameKey.of(a)).as(a + " vs " + b).isNotEqualTo(NameKey.of(b));
    }

    @Test
    void keyIsAReadableSkeleton() {
        assertThat(NameKey.of("كاراباخ")).isEqualTo("KRBK");
        assertThat(NameKey.of("ليبيا")).isEqualTo("LBYa");
    }

    @Test
    void nameWithoutLettersHasAnEmptyKeyAndMatchesNothing() {
        assertThat(NameKey.of(" ،، ")).isEmpty();
        assertThat(NameKey.sameName("", "")).isFalse();
    }

    @Test
    void bundledPairsHaveAtLeast300OfEachKind() {
        List<NamePair> pairs = NamePairs.bundled();
        assertThat(pairs)
                .filteredOn(p -> p.relation() == NamePair.Relation.SAME)
                .hasSizeGreaterThanOrEqualTo(300);
        assertThat(pairs)
                .filteredOn(p -> p.relation() == NamePair.Relation.DIFFERENT)
                .hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void bundledPairsScoreAboveTheFloor() {
        NamePairs.Score score = NamePairs.score(NamePairs.bundled(), NameKey::of);
        assertThat(score.precision()).as("precision " + score).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as("recall " + score).isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
