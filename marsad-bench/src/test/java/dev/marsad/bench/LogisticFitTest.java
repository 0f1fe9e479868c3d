package dev.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void recoversTheSignsOfTheWeightsThatMadeTheLabels() {
        var random = new Random(12);
        var x = new ArrayList<double[]>();
        var y = new ArrayList<Boolean>();
        for (int i = 0; i < 2000; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            double z = -2 + 6 * a - 3 * b;
            x.add(new double[] {a, b});
            y.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
        }
        double[] w = LogisticFit.fit(x, y);
        assertThat(w[1]).as("weight of a, made +6").isBetween(4.0, 8.0);
        assertThat(w[2]).as("weight of b, made -3").isBetween(-5.0, -1.0);
        assertThat(LogisticFit.predict(w, new double[] {1, 0}))
                .isGreaterThan(LogisticFit.predict(w, new double[] {0, 1}));
    }

    @Test
    void keepsTheWeightsFiniteOnSeparableRows() {
        double[] w = LogisticFit.fit(
                List.of(new double[] {0}, new double[] {0.1}, new double[] {0.9}, new double[] {1}),
                List.of(false, false, true, true));
        for (double v : w) assertThat(Double.isFinite(v)).as("weight %s", v).isTrue();
        assertThat(LogisticFit.predict(w, new double[] {1})).isGreaterThan(0.5);
        assertThat(LogisticFit.predict(w, new double[] {0})).isLessThan(0.5);
    }

    @Test
    void solvesALinearSystem() {
        double[] x = LogisticFit.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertThat(x[0]).isCloseTo(1.0, within(1e-12));
        assertThat(x[1]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void refusesToFitNoRows() {
        assertThatThrownBy(() -> LogisticFit.fit(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rows");
    }
}
