package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every extraction fixture (src/test/resources/extract/&lt;slug&gt;) and pins the quality
 * floor: the number of fixtures passed may never drop (STYLE.md §6).
 */
class ExtractionFixturesTest {

    /** Fixtures passed when the floor was last raised; raise it when you add a passing fixture. */
    private static final int PINNED_FLOOR = 67;

    private final ArticleExtractor extractor = new ArticleExtractor();

    static List<ExtractionFixture> fixtures() {
        return ExtractionFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatTheFixtureExpects(ExtractionFixture fixture) {
        assertThat(fixture.check(extractor.extract(fixture.page())))
                .as(fixture.slug())
                .isEmpty();
    }

    @Test
    void passesAtLeastThePinnedNumberOfFixtures() {
        long passed = fixtures().stream()
                .filter(f -> f.check(extractor.extract(f.page())).isEmpty())
                .count();
        assertThat(passed).as("fixtures passed (floor %d)", PINNED_FLOOR).isGreaterThanOrEqualTo(PINNED_FLOOR);
    }
}
