package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one integration test of the trained tagger on real data: trained briefly on a slice of
 * ANERcorp's training part (no clusters, a few seconds), it finds more of the entities of a slice
 * of the development part than the gazetteer and rules do. Skipped without ../shared/data.
 */
class AnercorpTaggerTest {

    private static final int TRAIN_SENTENCES = 800;
    private static final int SCORED_SENTENCES = 250;

    @Test
    void aBrieflyTrainedTaggerBeatsTheGazetteerAndRulesOnUnseenSentences() {
        Optional<Path> data = SharedFolder.find("data");
        Path gold = data.map(d -> d.resolve("anercorp/ANERCorp.first75.txt")).orElse(Path.of("absent"));
        assumeTrue(Files.isRegularFile(gold), "ANERcorp not found");
        ConllCorpus.Split split = ConllCorpus.read(gold).split();
        var train = new ConllCorpus(split.train().sentences().subList(0, TRAIN_SENTENCES));
        List<ConllCorpus.Sentence> scored = split.dev().sentences().subList(0, SCORED_SENTENCES);
        NerModel model =
                new NerTrainer(new NerTrainer.Settings(4, 1L), WordClusters.NONE, m -> {}).train(train, "test");
        double tagger = f1(new ArticleAnalyzer(Optional.of(model)), scored);
        double rules = f1(Fixtures.ANALYZER, scored);
        assertThat(tagger).as("tagger F1 %.3f vs rules %.3f", tagger, rules).isGreaterThan(rules);
    }

    /** Exact-span F1 over PER, LOC and ORG: "sentence:first:end:type" keys compared as sets. */
    private static double f1(ArticleAnalyzer analyzer, List<ConllCorpus.Sentence> sentences) {
        Set<String> gold = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            ConllCorpus.Sentence sentence = sentences.get(s);
            int[] tags = new int[sentence.tags().size()];
            for (int i = 0; i < tags.length; i++)
                tags[i] = NerTrainer.tagIndex(sentence.tags().get(i));
            for (int i = 0; i < tags.length; i++) {
                if (tags[i] % 2 == 0 || tags[i] >= NerModel.TAGS.indexOf("B-MISC")) continue;
                int end = i + 1;
                while (end < tags.length && tags[end] == tags[i] + 1) end++;
                gold.add(s + ":" + i + ":" + end + ":"
                        + NerModel.TAGS.get(tags[i]).substring(2));
            }
            int[] starts = sentence.tokenStarts();
            for (EntityMention m : analyzer.mentions(sentence.text()))
                found.add(s + ":" + NerTrainer.tokenAt(starts, m.start()) + ":"
                        + (NerTrainer.tokenAt(starts, m.end() - 1) + 1) + ":" + m.type());
        }
        long correct = found.stream().filter(gold::contains).count();
        return 2.0 * correct / (gold.size() + found.size());
    }
}
