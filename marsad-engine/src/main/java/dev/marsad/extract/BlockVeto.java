package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The learned judges after the rules (step 9 of {@link ArticleExtractor}): every body block that
 * came from the page's markup is judged by the {@link BlockModel}, and those it finds unlikely to
 * be text go; then the {@link EdgeModel} may cut a run of blocks at either edge of what is left.
 * Blocks the markup did not give (a body from JSON-LD, table rows read as paragraphs) are kept,
 * and the body is never emptied: when the model would drop every block, it drops none.
 */
final class BlockVeto {

    /**
     * Where the judges' inputs go, for training: {@code judged} gets the rules' blocks (what the
     * block model judges), {@code kept} the blocks it kept and their edge runs (what the edge model
     * judges).
     */
    record Taps(Consumer<List<BlockSample>> judged, Consumer<EdgeModel.Body> kept) {
        static final Taps NONE = new Taps(samples -> {}, body -> {});
    }

    private BlockVeto() {}

    /** {@code polished} without the vetoed and cut blocks; the samples go to {@code taps} first. */
    static BodyPolisher.Polished judge(
            BodyPolisher.Polished polished,
            Map<Block, BlockOrigin> origins,
            BlockModel model,
            EdgeModel edges,
            EdgeHints hints,
            Taps taps) {
        List<Block> body = polished.body();
        if (body.isEmpty()) return polished;
        List<double[]> features = BlockFeatures.of(body, origins);
        List<BlockSample> judged = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++)
            judged.add(new BlockSample(body.get(i).text(), features.get(i), origins.containsKey(body.get(i))));
        taps.judged().accept(judged);
        List<Block> kept = new ArrayList<>(body.size());
        List<BlockSample> keptSamples = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++)
            if (!judged.get(i).judged() || !model.drops(features.get(i))) {
                kept.add(body.get(i));
                keptSamples.add(judged.get(i));
            }
        if (kept.isEmpty()) {
            kept = body;
            keptSamples = judged;
        }
        EdgeModel.Body edgeBody = new EdgeModel.Body(keptSamples, EdgeFeatures.runs(keptSamples, hints));
        taps.kept().accept(edgeBody);
        EdgeModel.Cut cut = edges.cut(edgeBody);
        kept = kept.subList(cut.leading(), kept.size() - cut.trailing());
        if (kept.size() == body.size()) return polished;
        return new BodyPolisher.Polished(List.copyOf(kept), polished.embeds(), polished.agency());
    }
}
