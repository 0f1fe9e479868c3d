package dev.marsad.index;

/** The embedded index passes {@link CandidateQueryContract}. */
class LuceneCandidateQueryTest extends CandidateQueryContract {

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.inMemory();
    }
}
