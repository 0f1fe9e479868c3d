package dev.marsad.link;

import static dev.marsad.link.CopyFixtures.LOCAL_LINE;
import static dev.marsad.link.CopyFixtures.REWORDED;
import static dev.marsad.link.CopyFixtures.WIRE;
import static dev.marsad.link.CopyFixtures.WIRE_TITLE;
import static dev.marsad.link.CopyFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.LuceneArticleIndex;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {

    private final LuceneArticleIndex index = LuceneArticleIndex.inMemory();
    private final ArticleLinker linker =
            new ArticleLinker(index, Clock.fixed(Instant.parse("2024-03-04T00:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void relatesEveryCopyToEveryEarlierMemberOfItsGroup() {
        IndexedArticle original = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle extended = extendedCopy();
        IndexedArticle reworded = link("https://c.example/1", "صحيفة ج", "2024-03-03T10:00:00Z", REWORDED);

        assertThat(extended.duplicateOf()).contains(original.id());
        assertThat(reworded.duplicateOf()).contains(original.id());
        Map<String, CopyRelations.Peer> peers = byId(reworded.copies().peers());
        assertThat(peers.keySet()).containsExactlyInAnyOrder(original.id(), extended.id());
        assertThat(peers.get(original.id()).isNearDuplicate()).isTrue();
        assertThat(peers.get(extended.id()).sharedOfThis())
                .as("two copies of one original share most of their text, each changed its own way")
                .isGreaterThan(0.5);
        assertThat(extended.copies().peers())
                .singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(original.id()));
        assertThat(original.copies().peers())
                .as("the first member has no earlier one")
                .isEmpty();
    }

    @Test
    void joinsTheGroupOfACopyItDuplicatesEvenWhenTheOriginalIsTooDifferent() {
        IndexedArticle original = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle copy = extendedCopy();
        IndexedArticle copyOfCopy = link(
                "https://c.example/1",
                "صحيفة ج",
                "2024-03-03T10:00:00Z",
                List.of(WIRE.get(0), WIRE.get(1), LOCAL_LINE, CopyFixtures.OWN_LINE));
        assertThat(CopyOverlap.of(text(copyOfCopy), text(original)).isNearDuplicate())
                .as("the third text is too far from the wire itself")
                .isFalse();
        assertThat(copyOfCopy.duplicateOf()).contains(original.id());
        assertThat(byId(copyOfCopy.copies().peers()).get(copy.id()).isNearDuplicate())
                .isTrue();
    }

    private static CopyText text(IndexedArticle article) {
        return CopyText.of(article.analyzed());
    }

    @Test
    void storesWhatACopyAddedToTheOriginalAndWhatItCut() {
        link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle copy = extendedCopy();
        index.refresh();
        CopyRelations stored = index.article(copy.id()).orElseThrow().copies();
        assertThat(stored.added()).containsExactly(LOCAL_LINE);
        assertThat(stored.cut()).containsExactly(WIRE.get(3));
    }

    @Test
    void recomputesTheChangesAgainstANewOriginalThatArrivesLater() {
        IndexedArticle early = extendedCopy("2024-03-03T07:00:00Z");
        IndexedArticle late = link("https://b.example/2", "صحيفة ب", "2024-03-03T06:00:00Z", WIRE);
        assertThat(late.isCanonical()).isTrue();
        assertThat(byId(late.copies().peers())).containsKey(early.id());
        index.refresh();
        IndexedArticle demoted = index.article(early.id()).orElseThrow();
        assertThat(demoted.duplicateOf()).contains(late.id());
        assertThat(demoted.copies().added()).containsExactly(LOCAL_LINE);
        assertThat(demoted.copies().cut()).containsExactly(WIRE.get(3));
    }

    @Test
    void recomputesTheRelationsOfACopyWhoseTextChangedOnReingest() { // issue 12: they were kept from the old text
        IndexedArticle original = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle copy = extendedCopy();
        assertThat(copy.copies().added()).containsExactly(LOCAL_LINE);
        IndexedArticle corrected = link("https://b.example/1", "صحيفة ب", "2024-03-03T09:00:00Z", WIRE);
        assertThat(corrected.duplicateOf()).contains(original.id());
        assertThat(corrected.copies().added()).as("the local line is gone").isEmpty();
        assertThat(corrected.copies().cut()).isEmpty();
        assertThat(byId(corrected.copies().peers()).get(original.id()).kind()).isEqualTo(CopyRelations.Kind.SAME);
        index.refresh();
        assertThat(index.article(copy.id()).orElseThrow().copies().added()).isEmpty();
    }

    @Test
    void updatesTheCopiesOfAnOriginalWhoseTextChangedOnReingest() { // issue 12
        IndexedArticle original = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle copy = link("https://b.example/1", "صحيفة ب", "2024-03-03T09:00:00Z", WIRE);
        assertThat(copy.copies().cut()).isEmpty();
        link(
                "https://wire.example/1",
                "الوكالة",
                "2024-03-03T08:00:00Z",
                CopyFixtures.concat(WIRE, List.of(LOCAL_LINE)));
        index.refresh();
        IndexedArticle stored = index.article(copy.id()).orElseThrow();
        assertThat(stored.copies().cut())
                .as("the original's new line is one the copy does not have")
                .containsExactly(LOCAL_LINE);
        assertThat(byId(stored.copies().peers()).get(original.id()).kind()).isEqualTo(CopyRelations.Kind.SHORTENED);
    }

    @Test
    void looksForOriginalsOnlyWithinTheCopyWindow() {
        IndexedArticle original = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        IndexedArticle weekLater = link("https://b.example/1", "صحيفة ب", "2024-03-10T08:00:00Z", WIRE);
        IndexedArticle yearLater = link("https://c.example/1", "صحيفة ج", "2025-03-03T08:00:00Z", WIRE);
        assertThat(weekLater.duplicateOf()).contains(original.id());
        assertThat(yearLater.isCanonical())
                .as("an anniversary reprint is a new article")
                .isTrue();
    }

    @Test
    void leavesAnArticleThatCopiesNothingWithoutRelations() {
        IndexedArticle alone = link("https://wire.example/1", "الوكالة", "2024-03-03T08:00:00Z", WIRE);
        assertThat(alone.copies().isEmpty()).isTrue();
    }

    /** A copy of the wire that dropped its last paragraph and added a local line. */
    private IndexedArticle extendedCopy() {
        return extendedCopy("2024-03-03T09:00:00Z");
    }

    private IndexedArticle extendedCopy(String published) {
        return link(
                "https://b.example/1",
                "صحيفة ب",
                published,
                List.of(WIRE.get(0), WIRE.get(1), WIRE.get(2), LOCAL_LINE));
    }

    private IndexedArticle link(String url, String site, String published, List<String> paragraphs) {
        return linker.link(article(url, WIRE_TITLE, site, published, paragraphs))
                .article();
    }

    private static Map<String, CopyRelations.Peer> byId(List<CopyRelations.Peer> peers) {
        return peers.stream().collect(Collectors.toMap(CopyRelations.Peer::id, p -> p));
    }
}
