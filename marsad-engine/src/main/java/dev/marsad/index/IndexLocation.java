package dev.marsad.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Where an index lives and which backend holds it, as a user writes it with {@code --index}:
 *
 * <ul>
 *   <li>{@code lucene:<folder>}: the embedded index in a folder (the default: the data folder's {@code
 *       index/});
 *   <li>{@code solr:<url>[,<url>…]}: collections on a SolrCloud cluster, reached through any of the
 *       listed node URLs ({@code http://host:8983/solr}); the module marsad-solr provides it.
 * </ul>
 *
 * <p>This is the one factory of indexes: {@link #open(Access)} picks the backend by the scheme, the
 * embedded one directly, any other through a {@link ServiceLoader} of {@link IndexBackend}, so that
 * the engine needs no SolrJ.
 *
 * @param scheme the backend ({@value #LUCENE} or another backend's name), lower case
 * @param address what the backend needs to find the index (a folder, a list of URLs)
 */
public record IndexLocation(String scheme, String address) {

    /** The embedded backend's scheme. */
    public static final String LUCENE = "lucene";

    public IndexLocation {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(address, "address");
        if (!scheme.matches("[a-z][a-z0-9]*"))
            throw new IllegalArgumentException("index backend must be a lower-case name, got '" + scheme + "'");
        if (address.isBlank())
            throw new IllegalArgumentException("index location '" + scheme + ":' names no folder or URL");
    }

    /** The embedded index in {@code folder}. */
    public static IndexLocation lucene(Path folder) {
        return new IndexLocation(LUCENE, folder.toString());
    }

    /**
     * Reads {@code --index}'s value: {@code lucene:/srv/marsad/index} or {@code
     * solr:http://10.0.0.5:8983/solr,http://10.0.0.6:8983/solr}.
     *
     * @throws IllegalArgumentException naming the value when it has no scheme or an empty address
     */
    public static IndexLocation parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf(':');
        if (colon <= 0)
            throw new IllegalArgumentException(
                    "--index must be lucene:<folder> or solr:<url>[,<url>…], got '" + spec + "'");
        return new IndexLocation(
                spec.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                spec.substring(colon + 1).strip());
    }

    /** How this location is written for {@link #parse}. */
    public String spec() {
        return scheme + ":" + address;
    }

    /** Whether this is the embedded index. */
    public boolean isEmbedded() {
        return scheme.equals(LUCENE);
    }

    /**
     * How an index is opened: by the one process that writes it, or by any number of readers beside
     * it (a server next to a crawl).
     */
    public enum Access {
        READ_WRITE,
        READ_ONLY
    }

    /**
     * Opens the index here.
     *
     * @throws IllegalArgumentException when no backend of this scheme is on the classpath
     * @throws IllegalStateException when the embedded index is written by another process
     * @throws java.io.UncheckedIOException when the index cannot be reached or read
     */
    public ArticleIndex open(Access access) {
        if (isEmbedded())
            return switch (access) {
                case READ_WRITE -> LuceneArticleIndex.open(Path.of(address));
                case READ_ONLY -> LuceneArticleIndex.openReadOnly(Path.of(address));
            };
        List<IndexBackend> backends = ServiceLoader.load(IndexBackend.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        return backends.stream()
                .filter(b -> b.scheme().equals(scheme))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index backend '" + scheme + "' (index '" + spec()
                        + "'); known: " + String.join(", ", known(backends))))
                .open(address, access);
    }

    private static List<String> known(List<IndexBackend> backends) {
        var names = new java.util.ArrayList<String>();
        names.add(LUCENE);
        for (IndexBackend b : backends) names.add(b.scheme());
        return names;
    }

    @Override
    public String toString() {
        return spec();
    }
}
