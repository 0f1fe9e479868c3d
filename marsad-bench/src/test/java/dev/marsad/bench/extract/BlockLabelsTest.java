package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.BlockModel;
import dev.marsad.extract.BlockSample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: how the block model's training blocks are labelled from a set's gold. */
class BlockLabelsTest {

    private static BlockSample block(String text) {
        return new BlockSample(text, new double[BlockSample.featureNames().size()], true);
    }

    private static final String GOLD = "The council said on Monday that the bridge would open next month.\n"
            + "Engineers closed the old crossing twice during the works.";

    @Test
    void aBlockWhoseTrigramsAreMostlyInTheGoldIsText() {
        var examples = BlockLabels.fromGold(
                List.of(
                        block("The council said on Monday that the bridge would open next month."),
                        block("Subscribe to our newsletter for the latest news every morning.")),
                GOLD);
        assertThat(examples).extracting(BlockModel.Example::content).containsExactly(true, false);
    }

    @Test
    void aShortBlockIsTextOnlyWhenItStandsWholeInTheGold() {
        var examples = BlockLabels.fromGold(List.of(block("old crossing"), block("crossing old")), GOLD);
        assertThat(examples).extracting(BlockModel.Example::content).containsExactly(true, false);
    }

    @Test
    void blocksWeighTheirShareOfThePagesWords() {
        var examples = BlockLabels.fromGold(
                List.of(block("Engineers closed the old crossing twice during the works."), block("Share")), GOLD);
        assertThat(examples.get(0).weight() + examples.get(1).weight())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(examples.get(0).weight()).isEqualTo(9 / 10.0);
    }

    @Test
    void snippetsLabelOnlyTheBlocksTheyTouch() {
        var examples = BlockLabels.fromSnippets(
                List.of(
                        block("The council said on Monday that the bridge would open."),
                        block("All rights reserved by the publisher."),
                        block("A block no snippet names.")),
                List.of("the bridge would open"),
                List.of("All rights reserved"));
        assertThat(examples)
                .extracting(e -> e.sample().text(), BlockModel.Example::content)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "The council said on Monday that the bridge would open.", true),
                        org.assertj.core.groups.Tuple.tuple("All rights reserved by the publisher.", false));
    }
}
