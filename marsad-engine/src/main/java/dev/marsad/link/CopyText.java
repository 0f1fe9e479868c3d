package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.arabic.text.AnalyzedText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A body as copy detection compares it: the normalised forms of its words in order (as the
 * labelled near-duplicate sets compare them; light stems are available for comparison), where each of its
 * sentences starts, and whom it is about: the names in its headline, and every entity it names.
 * Words are stable 32-bit hashes; two copies compare by the order in which they share word pairs
 * ({@link CopyOverlap}), and their sentences align for what a copy changed ({@link
 * SentenceDiff}). Immutable.
 */
final class CopyText {

    /** Chars between two tokens that end a sentence: full stops, question and exclamation marks. */
    private static final String SENTENCE_ENDS = ".!?\u061F\n";

    /** The word hashes, in text order. */
    final int[] words;
    /** The index in {@link #words} of the first word of each sentence, ascending; 0 first when there are words. */
    final int[] sentenceStarts;
    /**
     * The headline's words that are part of a recognised name: each the hash of the entity's id
     * (high 32 bits) and the word's stem hash as in {@link #words} (low 32 bits); ascending, distinct.
     */
    final long[] subjects;
    /** Hashes of the ids of every entity the article names, ascending, distinct. */
    final int[] names;

    private CopyText(int[] words, int[] sentenceStarts, long[] subjects, int[] names) {
        this.words = words;
        this.sentenceStarts = sentenceStarts;
        this.subjects = subjects;
        this.names = names;
    }

    /**
     * The copy text of an article: its body (its headline when the body is blank) and its
     * entities; the headline's words that belong to a name it recognised are its subjects.
     */
    static CopyText of(AnalyzedArticle article) {
        return of(article, CopyPairFeatures.Words.FORMS);
    }

    /** The copy text of an article with its words compared as {@code compared} says. */
    static CopyText of(AnalyzedArticle article, CopyPairFeatures.Words compared) {
        List<AnalyzedText> body = LinkText.hasBlankBody(article)
                ? List.of(article.texts().title())
                : article.texts().paragraphs();
        AnalyzedText title = article.texts().title();
        var entityOfWord = new java.util.HashMap<String, Integer>();
        int[] names = new int[article.entities().size()];
        for (int k = 0; k < names.length; k++) {
            Entity e = article.entities().get(k);
            names[k] = (int) MinHash.hash(e.id());
            for (String variant : e.variants())
                for (String w : LinkText.words(variant)) entityOfWord.putIfAbsent(w, names[k]);
        }
        var subjects = new ArrayList<Long>();
        for (int i = 0; i < title.size(); i++) {
            Integer entity = title.isStopWord(i) ? null : entityOfWord.get(title.form(i));
            if (entity != null) subjects.add(((long) entity << 32) | (word(title, i, compared) & 0xFFFFFFFFL));
        }
        CopyText text = of(body, compared);
        return new CopyText(
                text.words,
                text.sentenceStarts,
                subjects.stream().mapToLong(Long::longValue).sorted().distinct().toArray(),
                java.util.Arrays.stream(names).sorted().distinct().toArray());
    }

    /**
     * Whether this article names a subject of another's headline: the same entity (its spelling
     * variants are one id: غوغل and جوجل) or, where recognition differs, the same word.
     */
    boolean names(long subject) {
        if (Arrays.binarySearch(names, (int) (subject >>> 32)) >= 0) return true;
        int stem = (int) subject;
        for (int w : words) if (w == stem) return true;
        return false;
    }

    /** The copy text of analysed paragraphs, naming no entities; a paragraph always ends a sentence. */
    static CopyText of(List<AnalyzedText> paragraphs) {
        return of(paragraphs, CopyPairFeatures.Words.FORMS);
    }

    private static CopyText of(List<AnalyzedText> paragraphs, CopyPairFeatures.Words compared) {
        var words = new ArrayList<Integer>();
        var starts = new ArrayList<Integer>();
        for (Sentence s : sentences(paragraphs)) {
            starts.add(words.size());
            for (int i = s.firstToken(); i < s.endToken(); i++) words.add(word(s.text(), i, compared));
        }
        return new CopyText(
                words.stream().mapToInt(Integer::intValue).toArray(),
                starts.stream().mapToInt(Integer::intValue).toArray(),
                new long[0],
                new int[0]);
    }

    /** A sentence: tokens {@code firstToken} (included) to {@code endToken} (excluded) of one analysed paragraph. */
    record Sentence(AnalyzedText text, int firstToken, int endToken) {

        /** The sentence as written, from its first word to the end of its last word's punctuation. */
        String display() {
            int end = text.end(endToken - 1);
            String raw = text.text();
            while (end < raw.length() && isTrailingMark(raw.charAt(end))) end++;
            return raw.substring(text.start(firstToken), end).strip();
        }

        private static boolean isTrailingMark(char c) {
            return SENTENCE_ENDS.indexOf(c) >= 0 && c != '\n' || c == '"' || c == '\u00BB' || c == ')';
        }
    }

    /** The sentences of analysed paragraphs in order: a paragraph is cut where a sentence-final mark stands between two words. */
    static List<Sentence> sentences(List<AnalyzedText> paragraphs) {
        var result = new ArrayList<Sentence>();
        for (AnalyzedText text : paragraphs) {
            int first = 0;
            for (int i = 1; i <= text.size(); i++)
                if (i == text.size() || endsSentence(text.text(), text.end(i - 1), text.start(i))) {
                    if (i > first) result.add(new Sentence(text, first, i));
                    first = i;
                }
        }
        return result;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) return true;
        return false;
    }

    /** The hash of token {@code i} as copies are compared: its normalised form. */
    static int word(AnalyzedText text, int i) {
        return word(text, i, CopyPairFeatures.Words.FORMS);
    }

    private static int word(AnalyzedText text, int i, CopyPairFeatures.Words compared) {
        return (int) MinHash.hash(
                switch (compared) {
                    case STEMS -> text.stem(i);
                    case FORMS -> text.form(i);
                });
    }

    /** The number of words. */
    int size() {
        return words.length;
    }

    /** The number of sentences. */
    int sentenceCount() {
        return sentenceStarts.length;
    }

    /** The words of sentence {@code s}: from its start to the next sentence's. */
    int sentenceEnd(int s) {
        return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : words.length;
    }

    /** Bytes this takes in {@link #write}. */
    int encodedSize() {
        return 4 * Integer.BYTES
                + Integer.BYTES * (words.length + sentenceStarts.length + names.length)
                + Long.BYTES * subjects.length;
    }

    void write(ByteBuffer out) {
        out.putInt(words.length);
        for (int w : words) out.putInt(w);
        out.putInt(sentenceStarts.length);
        for (int s : sentenceStarts) out.putInt(s);
        LinkProfile.putLongs(out, subjects);
        out.putInt(names.length);
        for (int n : names) out.putInt(n);
    }

    static CopyText read(ByteBuffer in) {
        int[] words = new int[in.getInt()];
        for (int i = 0; i < words.length; i++) words[i] = in.getInt();
        int[] starts = new int[in.getInt()];
        for (int i = 0; i < starts.length; i++) starts[i] = in.getInt();
        long[] subjects = LinkProfile.getLongs(in);
        int[] names = new int[in.getInt()];
        for (int i = 0; i < names.length; i++) names[i] = in.getInt();
        return new CopyText(words, starts, subjects, names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CopyText t
                && Arrays.equals(words, t.words)
                && Arrays.equals(sentenceStarts, t.sentenceStarts)
                && Arrays.equals(subjects, t.subjects)
                && Arrays.equals(names, t.names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }
}
