package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import dev.marsad.extract.EdgeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: how the edge model's training runs are labelled from their blocks' labels. */
class EdgeLabelsTest {

    private static BlockSample block(String text) {
        return new BlockSample(text, new double[BlockSample.featureNames().size()], true);
    }

    private static EdgeModel.Run run(boolean trailing, int blocks) {
        return new EdgeModel.Run(
                trailing, blocks, new double[EdgeModel.featureNames().size()]);
    }

    private final BlockSample lead = block("Reading time: 3 minutes");
    private final BlockSample first = block("The council said on Monday that the bridge would open next month.");
    private final BlockSample second = block("Engineers closed the old crossing twice during the works.");
    private final BlockSample about = block("About the Courier: an independent paper since 1921.");
    private final BlockSample tip = block("Have a tip? Write to the desk.");

    @Test
    void aRunOfBlocksThatAreNotTextGoesAndOneHoldingTextStays() {
        var body = new EdgeModel.Body(
                List.of(lead, first, second, about, tip),
                List.of(run(true, 1), run(true, 2), run(true, 3), run(false, 1), run(false, 2)));
        var labels = List.of(
                new BlockModel.Example(first, true, 1),
                new BlockModel.Example(second, true, 1),
                new BlockModel.Example(about, false, 1),
                new BlockModel.Example(tip, false, 1));
        List<EdgeModel.Example> runs = ExtractTrainEdge.label(body, labels);
        assertThat(runs)
                .as("the leading run of the unlabelled reading-time line alone is not used")
                .hasSize(4);
        assertThat(runs).extracting(EdgeModel.Example::goes).containsExactly(true, true, false, false);
        assertThat(runs).extracting(e -> e.run().blocks()).containsExactly(1, 2, 3, 2);
    }
}
