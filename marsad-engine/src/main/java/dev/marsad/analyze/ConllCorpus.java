package dev.marsad.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named-entity corpus in the CoNLL/ANERcorp layout: one {@code token TAG} a line (IOB2 tags such
 * as {@code B-PERS}, {@code I-LOC}, {@code O}), sentences ending at a "." token or a blank line.
 * Lines whose token is empty are dropped (ANERcorp has 193 of them).
 *
 * @param sentences the sentences in file order
 */
public record ConllCorpus(List<Sentence> sentences) {

    /** Share of the sentences, from the start, in the training part of {@link #split()}. */
    public static final double TRAIN_SHARE = 0.70;

    /** Share of the sentences, after the training part, in the development part; the rest is test. */
    public static final double DEV_SHARE = 0.15;

    public ConllCorpus {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence: its tokens and their tags, equally many.
     *
     * @param tokens the tokens as written
     * @param tags their IOB2 tags ({@code O}, {@code B-PERS}, {@code I-ORG} …)
     */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size())
                throw new IllegalArgumentException(
                        "sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
        }

        /** The tokens joined by single spaces: the text a tagger reads. */
        public String text() {
            return String.join(" ", tokens);
        }

        /** The offset of each token in {@link #text()}. */
        public int[] tokenStarts() {
            int[] starts = new int[tokens.size()];
            int offset = 0;
            for (int i = 0; i < tokens.size(); i++) {
                starts[i] = offset;
                offset += tokens.get(i).length() + 1;
            }
            return starts;
        }
    }

    /**
     * The three parts of a corpus, each a contiguous block of sentences: named-entity corpora repeat
     * names in neighbouring sentences, so a random split would put the same names on both sides.
     *
     * @param train the first {@link #TRAIN_SHARE} of the sentences
     * @param dev the next {@link #DEV_SHARE}: for choices made while developing
     * @param test the rest: looked at only to report
     */
    public record Split(ConllCorpus train, ConllCorpus dev, ConllCorpus test) {}

    /**
     * Reads a corpus file.
     *
     * @throws IllegalArgumentException naming the file and line when a line has no tag
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ConllCorpus read(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoNLL file " + file, e);
        }
        var sentences = new ArrayList<Sentence>();
        var tokens = new ArrayList<String>();
        var tags = new ArrayList<String>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                flush(sentences, tokens, tags);
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                if (isTag(line)) continue; // a line with an empty token
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 'token TAG', got '" + line + "'");
            }
            String token = line.substring(0, space).strip();
            String tag = line.substring(space + 1);
            if (!isTag(tag))
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": not an IOB2 tag: '" + tag + "'");
            if (token.isEmpty()) continue;
            tokens.add(token);
            tags.add(tag);
            if (token.equals(".")) flush(sentences, tokens, tags);
        }
        flush(sentences, tokens, tags);
        return new ConllCorpus(sentences);
    }

    private static boolean isTag(String tag) {
        return tag.equals("O") || tag.startsWith("B-") || tag.startsWith("I-");
    }

    private static void flush(List<Sentence> sentences, List<String> tokens, List<String> tags) {
        if (!tokens.isEmpty()) sentences.add(new Sentence(tokens, tags));
        tokens.clear();
        tags.clear();
    }

    /** The fixed train / dev / test split, by sentence count: 70 %, 15 %, 15 %, in file order. */
    public Split split() {
        int n = sentences.size();
        int trainEnd = (int) Math.round(n * TRAIN_SHARE);
        int devEnd = (int) Math.round(n * (TRAIN_SHARE + DEV_SHARE));
        return new Split(
                new ConllCorpus(sentences.subList(0, trainEnd)),
                new ConllCorpus(sentences.subList(trainEnd, devEnd)),
                new ConllCorpus(sentences.subList(devEnd, n)));
    }

    /** This corpus followed by {@code other}. */
    public ConllCorpus plus(ConllCorpus other) {
        var all = new ArrayList<>(sentences);
        all.addAll(other.sentences);
        return new ConllCorpus(all);
    }

    /** How many tokens the corpus has. */
    public long tokenCount() {
        return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    }
}
