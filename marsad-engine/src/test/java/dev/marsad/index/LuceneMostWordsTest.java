package dev.marsad.index;

/** The embedded index passes {@link MostWordsContract}. */
class LuceneMostWordsTest extends MostWordsContract {

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.inMemory();
    }
}
