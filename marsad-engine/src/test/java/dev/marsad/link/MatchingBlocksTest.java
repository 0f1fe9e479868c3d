package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatchingBlocksTest {

    /**
     * Expected counts from Python's difflib.SequenceMatcher(None, a, b, autojunk=False), a against
     * b and b against a (the matching blocks are not symmetric).
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new int[] {1, 2, 3, 4, 5}, new int[] {1, 2, 3, 4, 5}, 5, 5),
                Arguments.of(new int[] {1, 2, 3}, new int[] {7, 8, 9}, 0, 0),
                Arguments.of(new int[] {1, 3, 4, 4, 2, 1, 1, 4, 3}, new int[] {1, 3, 3, 2, 4, 1, 3, 4}, 3, 3),
                Arguments.of(new int[] {4, 1, 1, 3, 3, 3, 4, 4}, new int[] {3, 2, 3, 1, 4}, 1, 3),
                Arguments.of(new int[] {4, 2, 1, 1, 1, 1, 3, 2, 2}, new int[] {2, 1, 3, 1, 4, 2}, 2, 4),
                Arguments.of(new int[] {3, 2, 3, 4, 2, 4, 3, 2, 3}, new int[] {1, 4, 1, 4, 2, 3, 2, 1, 3}, 3, 5));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsTheWordsInTheMatchingBlocksAsDifflibDoes(int[] a, int[] b, int expected, int reversed) {
        assertThat(MatchingBlocks.matched(a, b))
                .as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsBAgainstAAsDifflibDoesToo(int[] a, int[] b, int expected, int reversed) {
        assertThat(MatchingBlocks.matched(b, a))
                .as("%s vs %s", Arrays.toString(b), Arrays.toString(a))
                .isEqualTo(reversed);
    }
}
