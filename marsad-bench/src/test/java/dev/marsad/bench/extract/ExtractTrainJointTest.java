package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: the joint search tries every combination of the three settings once. */
class ExtractTrainJointTest {

    @Test
    void everyCombinationOnceAndTheShippedOneAmongThem() {
        int combos = ExtractTrainJoint.VETO.length * ExtractTrainJoint.MARGIN.length * ExtractTrainJoint.EDGE.length;
        Set<String> seen = new HashSet<>();
        boolean shipped = false;
        for (int c = 0; c < combos; c++) {
            double[] k = ExtractTrainJoint.setting(c);
            assertThat(seen.add(Arrays.toString(k))).as("combination %d", c).isTrue();
            shipped |= Arrays.equals(k, ExtractTrainJoint.SHIPPED);
        }
        assertThat(shipped).isTrue();
        assertThat(ExtractTrainJoint.setting(0)).containsOnly(Double.NaN);
    }
}
