package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import dev.marsad.index.TestArticles;
import dev.marsad.link.LinkResult;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rebuilt index loses against the live one, one rule per case, over real (in-memory) indexes. */
class RebuildLossesTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void anArticleTheRebuildDidNotDecideAnewIsLost() throws IOException {
        try (var live = index("a", "b");
                var rebuilt = index("a")) {
            var losses = new RebuildLosses();
            losses.accept(stored("a"));
            assertThat(losses.find(live, rebuilt))
                    .hasValueSatisfying(m -> assertThat(m)
                            .contains("lacks 1 articles of the live one")
                            .contains(url("b").toString()));
        }
    }

    @Test
    void anArticleWhosePageTheRebuildRejectedIsNoLoss() throws IOException {
        try (var live = index("a", "b");
                var rebuilt = index("a")) {
            var losses = new RebuildLosses();
            losses.accept(stored("a"));
            losses.accept(new Verdict.Rejected(
                    url("b"), Verdict.Stage.EXTRACT, Verdict.Reason.NOT_AN_ARTICLE, "no publication date"));
            assertThat(losses.find(live, rebuilt)).isEmpty();
        }
    }

    @Test
    void aFailedCaptureIsALossEvenWhenTheLiveIndexLacksItToo() throws IOException {
        try (var live = index("a");
                var rebuilt = index("a")) {
            var losses = new RebuildLosses();
            losses.accept(stored("a"));
            losses.accept(new Verdict.Failed(url("c"), Verdict.Stage.STORE, "cannot write: the disk is full"));
            assertThat(losses.find(live, rebuilt))
                    .hasValueSatisfying(m -> assertThat(m)
                            .contains("1 captures failed to be stored")
                            .contains("store: cannot write: the disk is full")
                            .doesNotContain("lacks"));
        }
    }

    @Test
    void aRebuildThatKeepsEveryArticleLosesNothing() throws IOException {
        try (var live = index("a", "b");
                var rebuilt = index("a", "b", "c")) {
            assertThat(new RebuildLosses().find(live, rebuilt)).isEmpty();
        }
    }

    private static LuceneArticleIndex index(String... slugs) {
        var index = LuceneArticleIndex.inMemory();
        for (String slug : slugs) index.put(article(slug));
        index.commit();
        return index;
    }

    /** An article stored under the id {@code slug}, at https://news.example/{@code slug}. */
    static IndexedArticle article(String slug) {
        return new IndexedArticle(
                slug,
                TestArticles.analyzed(
                        url(slug),
                        "خبر " + slug,
                        AT,
                        "موقع",
                        Optional.empty(),
                        List.of("نص الخبر في فقرة واحدة تكفي للاختبار."),
                        List.of(),
                        List.of()),
                Optional.empty(),
                "s" + slug,
                List.of("band-" + slug),
                AT);
    }

    private static Verdict stored(String slug) {
        return new Verdict.Stored(url(slug), 1, new LinkResult(article(slug), LinkResult.Outcome.NEW_STORY));
    }

    private static URI url(String slug) {
        return URI.create("https://news.example/" + slug);
    }
}
