package dev.marsad.index;

/** The embedded index passes {@link ListingCountsContract}. */
class LuceneListingCountsTest extends ListingCountsContract {

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.inMemory();
    }
}
