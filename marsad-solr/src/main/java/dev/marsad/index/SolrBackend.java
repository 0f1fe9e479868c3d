package dev.marsad.index;

/** The SolrCloud backend of {@code --index solr:<url>[,<url>…]}, found by {@link IndexLocation#open}. */
public final class SolrBackend implements IndexBackend {

    /** The scheme of {@code --index} for SolrCloud. */
    public static final String SCHEME = "solr";

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public ArticleIndex open(String address, IndexLocation.Access access) {
        return SolrArticleIndex.open(address, access);
    }
}
