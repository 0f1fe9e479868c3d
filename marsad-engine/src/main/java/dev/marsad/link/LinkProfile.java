package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.index.LinkFeatures;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One article as linking compares it, computed once from its words: the shingles of its body
 * (copies), its topic — word vector, weighted entities, tags (stories) — and the normalised names
 * of its site and of the source it names (which of two copies is the original). Every set is a
 * sorted array of stable 64-bit hashes, so comparing two profiles is a merge of arrays and a
 * profile read back from the index ({@link #decode}) equals the one that was stored.
 */
final class LinkProfile {

    /** Title words count this many times in the word vector: a headline states the event. */
    static final int TITLE_REPEAT = 3;
    /** Words this short are mostly particles and pronouns. */
    static final int MIN_WORD_LENGTH = 3;
    /**
     * The words of an article that the index makes searchable for candidate queries: its most
     * frequent ones, which are also the ones a query looks for; rarer words still count in the
     * cosine, but do not make an article a candidate.
     */
    static final int INDEXED_WORDS = 64;
    /** First byte of the encoded form; a profile of another version is not read. */
    private static final byte FORMAT = 3;

    /** Body shingle hashes, ascending, distinct. */
    final long[] shingles;
    /** The body's words in order and its sentences, for comparing it with a copy. */
    final CopyText text;
    /** Word hashes with their counts (title words counted {@link #TITLE_REPEAT} times). */
    final HashWeights words;
    /** Entity-id hashes with their weights by type. */
    final HashWeights entities;
    /** Tag-key hashes, ascending, distinct. */
    final long[] tags;
    /** The site name and the named source, as normalised words joined by spaces. */
    final Optional<String> site;

    final Optional<String> source;

    private LinkProfile(
            long[] shingles,
            CopyText text,
            HashWeights words,
            HashWeights entities,
            long[] tags,
            Optional<String> site,
            Optional<String> source) {
        this.shingles = shingles;
        this.text = text;
        this.words = words;
        this.entities = entities;
        this.tags = tags;
        this.site = site;
        this.source = source;
    }

    /** The profile of an article: the words of its analysed title and body are read once, here. */
    static LinkProfile of(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        List<String> title = LinkText.titleWords(analyzed);
        List<String> body = LinkText.bodyWords(analyzed);
        boolean blank = LinkText.hasBlankBody(analyzed);
        long[] shingles = MinHash.shingles(blank ? title : body);
        CopyText text = CopyText.of(analyzed);
        var vector = new TreeMap<Long, Integer>();
        for (int i = 0; i < TITLE_REPEAT; i++) addWords(vector, title);
        addWords(vector, body);
        var entities = new TreeMap<Long, Integer>();
        for (Entity e : analyzed.entities()) entities.merge(MinHash.hash(e.id()), weightOf(e.type()), Math::max);
        long[] tags = analyzed.tags().stream()
                .map(Tag::key)
                .mapToLong(MinHash::hash)
                .sorted()
                .distinct()
                .toArray();
        return new LinkProfile(
                shingles,
                text,
                HashWeights.of(vector),
                HashWeights.of(entities),
                tags,
                article.siteName().map(LinkProfile::normalised),
                article.source().map(LinkProfile::normalised));
    }

    /** The weight of an entity type: people and organisations tell stories apart better than places. */
    static int weightOf(Entity.Type type) {
        return switch (type) {
            case PER -> 3;
            case ORG -> 2;
            case LOC -> 1;
        };
    }

    /** The index key of a word hash ({@link dev.marsad.index.CandidateQuery.Field#TERM}). */
    static String termKey(long wordHash) {
        return HexFormat.of().toHexDigits(wordHash);
    }

    /**
     * What the index stores for this profile: its {@link #INDEXED_WORDS} most frequent words as
     * searchable terms, and the encoded profile.
     */
    LinkFeatures features() {
        var terms = new ArrayList<String>();
        for (int i : topWords(INDEXED_WORDS)) terms.add(termKey(words.keys[i]));
        return new LinkFeatures(terms, encode());
    }

    /** The positions in {@link #words} of the {@code n} most frequent words, most frequent first, ties by hash. */
    int[] topWords(int n) {
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -words.weights[i]));
        int[] top = new int[Math.min(n, order.length)];
        for (int i = 0; i < top.length; i++) top[i] = order[i];
        return top;
    }

    /** The MinHash band keys of the shingles, computed on each call. */
    List<String> bandKeys() {
        return MinHash.bandKeys(shingles);
    }

    byte[] encode() {
        byte[] siteBytes = site.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        byte[] sourceBytes = source.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
        int size = 1
                + 2 * Integer.BYTES
                + Long.BYTES * (shingles.length + tags.length)
                + text.encodedSize()
                + words.encodedSize()
                + entities.encodedSize()
                + 2 * Integer.BYTES
                + (siteBytes == null ? 0 : siteBytes.length)
                + (sourceBytes == null ? 0 : sourceBytes.length);
        ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT);
        putLongs(out, shingles);
        text.write(out);
        words.write(out);
        entities.write(out);
        putLongs(out, tags);
        putString(out, siteBytes);
        putString(out, sourceBytes);
        return out.array();
    }

    /**
     * A profile read back from {@link #encode()}; empty when there are no bytes or they are of
     * another format version (the caller then profiles the article again).
     *
     * @throws IllegalArgumentException when the bytes are a truncated profile
     */
    static Optional<LinkProfile> decode(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != FORMAT) return Optional.empty();
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.get();
            long[] shingles = getLongs(in);
            CopyText text = CopyText.read(in);
            HashWeights words = HashWeights.read(in);
            HashWeights entities = HashWeights.read(in);
            long[] tags = getLongs(in);
            return Optional.of(new LinkProfile(shingles, text, words, entities, tags, getString(in), getString(in)));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated link profile of " + bytes.length + " bytes", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkProfile p
                && Arrays.equals(shingles, p.shingles)
                && text.equals(p.text)
                && words.equals(p.words)
                && entities.equals(p.entities)
                && Arrays.equals(tags, p.tags)
                && site.equals(p.site)
                && source.equals(p.source);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shingles) * 31 + words.hashCode();
    }

    @Override
    public String toString() {
        return "LinkProfile[" + shingles.length + " shingles, " + words.size() + " words, " + entities.size()
                + " entities, " + tags.length + " tags]";
    }

    private static void addWords(TreeMap<Long, Integer> vector, List<String> words) {
        for (String w : words)
            if (w.length() >= MIN_WORD_LENGTH && !LinkText.isStopWord(w))
                vector.merge(MinHash.hash(w), 1, Integer::sum);
    }

    private static String normalised(String name) {
        return String.join(" ", LinkText.words(name));
    }

    /** Writes a length and the values; {@link #getLongs} reads them back. */
    static void putLongs(ByteBuffer out, long[] values) {
        out.putInt(values.length);
        for (long v : values) out.putLong(v);
    }

    static long[] getLongs(ByteBuffer in) {
        long[] values = new long[in.getInt()];
        for (int i = 0; i < values.length; i++) values[i] = in.getLong();
        return values;
    }

    private static void putString(ByteBuffer out, byte[] utf8) {
        out.putInt(utf8 == null ? -1 : utf8.length);
        if (utf8 != null) out.put(utf8);
    }

    private static Optional<String> getString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) return Optional.empty();
        byte[] utf8 = new byte[length];
        in.get(utf8);
        return Optional.of(new String(utf8, StandardCharsets.UTF_8));
    }
}
