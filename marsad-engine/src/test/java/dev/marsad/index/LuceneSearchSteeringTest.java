package dev.marsad.index;

import java.time.Duration;

/**
 * The embedded index passes {@link SearchSteeringContract}. These cases are about what is respelt, not
 * how fast: the searches get a budget of {@link #BUDGET}, so that a respelling's quarter of it does not
 * run out on a loaded machine (at the default 1 s, a first respelling in a cold JVM at load 10 did).
 */
class LuceneSearchSteeringTest extends SearchSteeringContract {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    @Override
    protected ArticleIndex newIndex() {
        return LuceneArticleIndex.inMemory(BUDGET);
    }
}
