package dev.marsad.index;

/** The embedded index passes {@link SearchSteeringContract}. */
class LuceneSearchSteeringTest extends SearchSteeringContract {

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.inMemory();
    }
}
