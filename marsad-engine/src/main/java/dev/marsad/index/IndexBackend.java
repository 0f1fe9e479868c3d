package dev.marsad.index;

/**
 * A backend of the index other than the embedded one, found by {@link IndexLocation#open} through
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/dev.marsad.index.IndexBackend}
 * of the module that provides it), so the engine does not depend on its client library.
 */
public interface IndexBackend {

    /** The scheme of {@code --index} this backend answers, e.g. {@code solr}. */
    String scheme();

    /**
     * Opens (and, for writing, creates when missing) the index at {@code address}.
     *
     * @throws IllegalArgumentException when the address is malformed
     * @throws java.io.UncheckedIOException when the index cannot be reached
     */
    ArticleIndex open(String address, IndexLocation.Access access);
}
