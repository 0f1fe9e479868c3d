package dev.marsad.bench;

import dev.marsad.analyze.ArticleAnalyzer;
import dev.marsad.analyze.ClusterTrainer;
import dev.marsad.analyze.ConllCorpus;
import dev.marsad.analyze.ContextualCharVectors;
import dev.marsad.analyze.EmbeddingClusters;
import dev.marsad.analyze.EmbeddingTrainer;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.EntityMention;
import dev.marsad.analyze.NerModel;
import dev.marsad.analyze.NerTrainer;
import dev.marsad.analyze.NetworkTrainer;
import dev.marsad.analyze.TrainedModels;
import dev.marsad.analyze.WordClusters;
import dev.marsad.analyze.WordVectors;
import dev.marsad.ingest.DataFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench ner}: the trained entity tagger and the gazetteer-and-rules recogniser
 * against the ANERcorp gold ({@code ../shared/data/anercorp}), CoNLL style: an entity counts when
 * its token span and type match exactly. PERS is compared with PER; MISC is left out.
 *
 * <ol>
 *   <li>read the gold and cut it into the fixed contiguous split ({@link ConllCorpus#split()}:
 *       70 % train, 15 % dev, 15 % test, in file order);
 *   <li>train the tagger on the train part, with word clusters learnt from SaudiNewsNet (cached
 *       in {@code --clusters}); or, with {@code --model}, take a trained model and score it on the
 *       whole gold file, which it must never have seen;
 *   <li>score both recognisers on dev and test, one sentence at a time ({@link
 *       ArticleAnalyzer#mentions}), per type, with tokens/s;
 *   <li>time both on article-sized texts (blocks of {@link #ARTICLE_SENTENCES} sentences): the
 *       CPU time of the analysing thread, fastest of {@link #TIMING_ROUNDS} passes after one to warm
 *       up, so that other processes on a shared machine do not count.
 * </ol>
 */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = "Named-entity precision/recall/F1 per type on ANERcorp (exact span match): "
                + "trained tagger and gazetteer-and-rules baseline, on dev and test.")
public final class NerBench implements Callable<Integer> {

    /** Sentences per article-sized text in the per-article timing (about 30 words a sentence). */
    static final int ARTICLE_SENTENCES = 15;

    /** Timed passes over the articles; the fastest counts (the machine is shared: others' load only slows). */
    static final int TIMING_ROUNDS = 5;

    @Option(
            names = "--gold",
            description = "ANERcorp file (token TAG per line); default ../shared/data/anercorp/ANERCorp.first75.txt")
    Path gold;

    @Option(
            names = "--model",
            description = "score this trained model on the whole gold file (text it never saw) instead of training one")
    Path model;

    @Option(
            names = "--clusters",
            description = "word clusters (marsad train clusters); made from ../shared/data/saudinewsnet and "
                    + "kept here when absent (default marsad-data/models/clusters.tsv)")
    Path clusters = new DataFolder(Path.of(DataFolder.DEFAULT)).models().resolve(TrainedModels.CLUSTERS_FILE);

    @Option(
            names = "--embeddings",
            description = "train with these embedding clusters (marsad train embeddings); learnt from "
                    + "../shared/data/saudinewsnet and kept there when the file is absent (default: none)")
    Path embeddings;

    @Option(
            names = "--induce",
            description = "self-training: a first tagger tags this many SaudiNewsNet texts and the names it finds"
                    + " often and consistently become a feature (default 0: none)")
    int induce;

    @Option(
            names = "--self-train",
            description = "classic self-training: also learn from this many SaudiNewsNet texts as a first"
                    + " tagger tags them (default 0: none)")
    int selfTrain;

    @Option(names = "--parts", split = ",", description = "which split parts to score: dev, test (default dev,test)")
    List<String> parts = List.of("dev", "test");

    @Option(
            names = "--train-on-dev",
            description = "train on the train and dev parts together (choices frozen) and score test only")
    boolean trainOnDev;

    @Option(names = "--epochs", description = "training passes (default: NerTrainer's)")
    Integer epochs;

    @Option(
            names = "--runs",
            description = "averaged training runs (default: NerTrainer's; 1 for a quick look while exploring)")
    Integer runs;

    @Option(names = "--seed", description = "shuffling seed of the first run (default: NerTrainer's)")
    Long seed;

    @Option(
            names = "--passes",
            description = "ONE: tag once; TWO: a second pass reads the first pass's tags over the whole text; "
                    + "NEURAL: a neural network joins the second pass, stopping early on dev "
                    + "(default: NerTrainer's)")
    NerTrainer.Passes passes;

    @Option(
            names = "--net",
            split = ",",
            description = "neural second pass (--passes NEURAL): embedding,hidden,radius,dropout,feature dropout,"
                    + "learning rate,batch,epochs,patience,min count,trust,blend (default: NetworkTrainer's)")
    List<String> net;

    @Option(
            names = "--vectors",
            description = "word vectors the neural second pass reads (learnt by skip-gram from SaudiNewsNet; "
                    + "default: none)")
    Path vectors;

    @Option(
            names = "--charlm",
            description = "character language models (marsad train charlm) whose contextual vectors the neural"
                    + " second pass reads (default: none)")
    Path charlm;

    @Option(
            names = "--block",
            description = "sentences read as one text (default 1): with more, a name found once in the block "
                    + "is found again (document consistency), as in an article")
    int block = 1;

    @Option(names = "--errors", description = "print this many missed and wrong spans per type (default 0)")
    int errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = gold != null ? gold : AnalyzeBenchData.resolve("anercorp/ANERCorp.first75.txt");
        if (!Files.isRegularFile(file)) {
            out.println("skipped: ANERcorp gold not found at " + file);
            return 0;
        }
        ConllCorpus corpus = ConllCorpus.read(file);
        var baseline = new ArticleAnalyzer();
        if (model != null) {
            var tagger = new ArticleAnalyzer(Optional.of(NerModel.read(model)));
            out.println("model " + model + ": " + NerModel.read(model).description());
            score(out, "all of " + file.getFileName(), corpus, baseline, tagger);
            return 0;
        }
        ConllCorpus.Split split = corpus.split();
        out.printf(
                Locale.ROOT,
                "%s: %d sentences; split train %d / dev %d / test %d sentences (contiguous, in file order)%n",
                file,
                corpus.sentences().size(),
                split.train().sentences().size(),
                split.dev().sentences().size(),
                split.test().sentences().size());
        WordClusters wordClusters = clusters(out);
        long started = System.nanoTime();
        NerTrainer.Settings settings = NerTrainer.Settings.defaults();
        if (epochs != null) settings = settings.withEpochs(epochs);
        if (runs != null) settings = settings.withRuns(runs);
        if (seed != null) settings = settings.withSeed(seed);
        if (passes != null) settings = settings.withPasses(passes);
        EmbeddingClusters dense = embeddings == null ? EmbeddingClusters.NONE : embeddings(out);
        ConllCorpus training = trainOnDev ? split.train().plus(split.dev()) : split.train();
        var trainer = new NerTrainer(settings, wordClusters, dense, m -> {
                    if (m.startsWith("induced") || m.startsWith("self-training") || m.startsWith("network"))
                        out.println(m);
                })
                .withNetwork(
                        networkSettings(),
                        vectors == null ? WordVectors.NONE : WordVectors.read(vectors),
                        charlm == null ? ContextualCharVectors.NONE : ContextualCharVectors.read(charlm));
        String description =
                "bench: ANERcorp " + (trainOnDev ? "train and dev parts" : "train part") + " of " + file.getFileName();
        Path news = AnalyzeBenchData.resolve("saudinewsnet");
        if ((selfTrain > 0 || induce > 0) && !Files.isDirectory(news))
            throw new IllegalArgumentException("--induce and --self-train read SaudiNewsNet, not found at " + news);
        NerModel trained = selfTrain > 0 && Files.isDirectory(news)
                ? trainer.trainSelfTrained(training, description, news, selfTrain)
                : induce > 0 && Files.isDirectory(news)
                        ? trainer.trainWithInducedNames(training, description, news, induce)
                        : trainer.train(training, trainOnDev ? new ConllCorpus(List.of()) : split.dev(), description);
        out.printf(
                Locale.ROOT,
                "trained on %d tokens in %.1f s (%d epochs, %d averaged runs from seed %d, %s pass(es), %d features,"
                        + " %d clustered words, %d words with embedding clusters)%n",
                training.tokenCount(),
                (System.nanoTime() - started) / 1e9,
                settings.epochs(),
                settings.runs(),
                settings.seed(),
                settings.passes(),
                trained.featureCount(),
                wordClusters.size(),
                dense.size());
        var tagger = new ArticleAnalyzer(Optional.of(trained));
        if (parts.contains("dev") && !trainOnDev) score(out, "dev", split.dev(), baseline, tagger);
        if (parts.contains("test")) score(out, "test", split.test(), baseline, tagger);
        return 0;
    }

    /** The neural second pass's settings: the defaults, or those of {@code --net}. */
    private NetworkTrainer.Settings networkSettings() {
        NetworkTrainer.Settings d = NetworkTrainer.Settings.defaults();
        if (net == null) return d;
        if (net.size() != 12)
            throw new IllegalArgumentException("--net takes 12 comma-separated values, got " + net.size() + ": " + net);
        return new NetworkTrainer.Settings(
                Integer.parseInt(net.get(0)),
                Integer.parseInt(net.get(1)),
                Integer.parseInt(net.get(2)),
                Double.parseDouble(net.get(3)),
                Double.parseDouble(net.get(4)),
                Double.parseDouble(net.get(5)),
                Integer.parseInt(net.get(6)),
                Integer.parseInt(net.get(7)),
                Integer.parseInt(net.get(8)),
                Integer.parseInt(net.get(9)),
                d.seed(),
                Double.parseDouble(net.get(10)),
                Double.parseDouble(net.get(11)));
    }

    private WordClusters clusters(PrintWriter out) {
        return learntFromNews(
                out,
                "clusters",
                clusters,
                WordClusters.NONE,
                WordClusters::read,
                corpus -> new ClusterTrainer(ClusterTrainer.Settings.defaults(), m -> {}).train(corpus),
                WordClusters::write);
    }

    private EmbeddingClusters embeddings(PrintWriter out) {
        return learntFromNews(
                out,
                "embeddings",
                embeddings,
                EmbeddingClusters.NONE,
                EmbeddingClusters::read,
                corpus -> new EmbeddingTrainer(EmbeddingTrainer.Settings.defaults(), m -> {}).train(corpus),
                EmbeddingClusters::write);
    }

    /** How a learnt model is written: to a file, with a comment on its terms. */
    private interface Writer<T> {
        void write(T model, Path file, String comment);
    }

    /**
     * The model in {@code file}; when there is none, learnt from SaudiNewsNet and kept there;
     * {@code none} when SaudiNewsNet is absent too.
     */
    private static <T> T learntFromNews(
            PrintWriter out,
            String what,
            Path file,
            T none,
            Function<Path, T> read,
            Function<Path, T> learn,
            Writer<T> writer) {
        if (Files.isRegularFile(file)) {
            out.println(what + ": " + file);
            return read.apply(file);
        }
        Path corpus = AnalyzeBenchData.resolve("saudinewsnet");
        if (!Files.isDirectory(corpus)) {
            out.println(what + ": none (no " + file + " and no SaudiNewsNet at " + corpus + ")");
            return none;
        }
        long started = System.nanoTime();
        T learnt = learn.apply(corpus);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the folder of " + file, e);
        }
        writer.write(
                learnt,
                file,
                "learnt from " + corpus + " by marsad bench ner (CC BY-NC-SA 4.0 text: do not redistribute)");
        out.printf(
                Locale.ROOT,
                "%s: learnt from %s in %.1f s, kept in %s%n",
                what,
                corpus,
                (System.nanoTime() - started) / 1e9,
                file);
        return learnt;
    }

    /** A gold or predicted entity: sentence, first token, end token (exclusive), type. */
    record Span(int sentence, int first, int end, Entity.Type type) {}

    private void score(
            PrintWriter out, String part, ConllCorpus corpus, ArticleAnalyzer baseline, ArticleAnalyzer tagger) {
        Set<Span> goldSpans = new HashSet<>();
        for (int s = 0; s < corpus.sentences().size(); s++)
            goldSpans.addAll(goldSpans(s, corpus.sentences().get(s)));
        out.printf(
                Locale.ROOT,
                "%n== %s: %d sentences, %d tokens%n",
                part,
                corpus.sentences().size(),
                corpus.tokenCount());
        for (var named :
                List.of(new Object[] {"gazetteer and rules", baseline}, new Object[] {"trained tagger", tagger})) {
            ArticleAnalyzer analyzer = (ArticleAnalyzer) named[1];
            Set<Span> predicted = new HashSet<>();
            long started = System.nanoTime();
            for (int s = 0; s < corpus.sentences().size(); s += block)
                predicted.addAll(predictedSpans(
                        s,
                        corpus.sentences()
                                .subList(
                                        s,
                                        Math.min(s + block, corpus.sentences().size())),
                        analyzer));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "-- %s: %.0f tokens/s, %.2f ms CPU per article of %d sentences%n",
                    named[0],
                    corpus.tokenCount() / seconds,
                    msPerArticle(corpus, analyzer),
                    ARTICLE_SENTENCES);
            NerScores.print(out, goldSpans, predicted);
            if (errors > 0) NerScores.printErrors(out, corpus, goldSpans, predicted, errors);
        }
    }

    private static double msPerArticle(ConllCorpus corpus, ArticleAnalyzer analyzer) {
        var articles = new ArrayList<String>();
        List<ConllCorpus.Sentence> sentences = corpus.sentences();
        for (int s = 0; s < sentences.size(); s += ARTICLE_SENTENCES) {
            var text = new StringBuilder();
            for (var sentence : sentences.subList(s, Math.min(sentences.size(), s + ARTICLE_SENTENCES)))
                text.append(sentence.text()).append('\n');
            articles.add(text.toString());
        }
        for (String a : articles) analyzer.mentions(a); // warm up
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < TIMING_ROUNDS; round++) {
            long started = threads.getCurrentThreadCpuTime();
            for (String a : articles) analyzer.mentions(a);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - started);
        }
        return best / 1e6 / articles.size();
    }

    static List<Span> goldSpans(int s, ConllCorpus.Sentence sentence) {
        var spans = new ArrayList<Span>();
        int start = -1;
        Entity.Type type = null;
        List<String> tags = sentence.tags();
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            Entity.Type t = typeOf(tag.length() > 2 ? tag.substring(2) : "");
            boolean continues = tag.startsWith("I-") && type != null && t == type;
            if (start >= 0 && !continues) {
                spans.add(new Span(s, start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    private static Entity.Type typeOf(String label) {
        return switch (label) {
            case "PERS", "PER" -> Entity.Type.PER;
            case "LOC" -> Entity.Type.LOC;
            case "ORG" -> Entity.Type.ORG;
            default -> null;
        };
    }

    /** The spans found in {@code sentences} read as one text, one sentence a line; the first is sentence {@code s}. */
    private static List<Span> predictedSpans(int s, List<ConllCorpus.Sentence> sentences, ArticleAnalyzer analyzer) {
        var text = new StringBuilder();
        int[] sentenceStarts = new int[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            sentenceStarts[k] = text.length();
            text.append(sentences.get(k).text()).append('\n');
        }
        var spans = new ArrayList<Span>();
        for (EntityMention m : analyzer.mentions(text.toString())) {
            int k = tokenAt(sentenceStarts, m.start());
            int[] starts = sentences.get(k).tokenStarts();
            int first = tokenAt(starts, m.start() - sentenceStarts[k]);
            int last = tokenAt(starts, m.end() - 1 - sentenceStarts[k]);
            spans.add(new Span(s + k, first, last + 1, m.type()));
        }
        return spans;
    }

    private static int tokenAt(int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return i;
    }
}
