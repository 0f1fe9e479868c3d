package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The learned veto after the rules (step 9 of {@link ArticleExtractor}): every body block that
 * came from the page's markup is judged by the {@link BlockModel}, and those it finds unlikely to
 * be text go. Blocks the markup did not give (a body from JSON-LD, table rows read as paragraphs)
 * are kept, and the body is never emptied: when the model would drop every block, it drops none.
 */
final class BlockVeto {

    private BlockVeto() {}

    /** {@code polished} without the vetoed blocks; the samples go to {@code samples} first. */
    static BodyPolisher.Polished judge(
            BodyPolisher.Polished polished,
            Map<Block, BlockOrigin> origins,
            BlockModel model,
            Consumer<List<BlockSample>> samples) {
        List<Block> body = polished.body();
        if (body.isEmpty()) return polished;
        List<double[]> features = BlockFeatures.of(body, origins);
        List<BlockSample> judged = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++)
            judged.add(new BlockSample(body.get(i).text(), features.get(i), origins.containsKey(body.get(i))));
        samples.accept(judged);
        if (!model.isActive()) return polished;
        List<Block> kept = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++)
            if (!judged.get(i).judged() || !model.drops(features.get(i))) kept.add(body.get(i));
        if (kept.isEmpty() || kept.size() == body.size()) return polished;
        return new BodyPolisher.Polished(kept, polished.embeds(), polished.agency());
    }
}
