package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's copy group as a reader sees it from that article: the original (when the article is
 * a copy), the other copies, each with its relation to this article and what it changed in the
 * original; and what this article changed, when it is a copy. Shared by the page and the API.
 *
 * @param original the group's original, when this article is a copy
 * @param copies the group's other copies, oldest first
 * @param added this article's sentences that its original does not have (empty for an original)
 * @param cut its original's sentences that this article left out (empty for an original)
 */
record CopyGroupView(Optional<Member> original, List<Member> copies, List<String> added, List<String> cut) {

    CopyGroupView {
        Objects.requireNonNull(original, "original");
        copies = List.copyOf(copies);
        added = List.copyOf(added);
        cut = List.copyOf(cut);
    }

    /**
     * Another member of the group.
     *
     * @param article the member
     * @param relation the member's relation to the article the view is seen from, when recorded
     */
    record Member(IndexedArticle article, Optional<CopyRelations.Peer> relation) {

        /** What this member added to the original (empty for the original). */
        List<String> added() {
            return article.copies().added();
        }

        /** What this member cut from the original (empty for the original). */
        List<String> cut() {
            return article.copies().cut();
        }
    }

    /** The group of an article, read from the index. */
    static CopyGroupView of(ArticleIndex index, IndexedArticle article) {
        String originalId = article.duplicateOf().orElse(article.id());
        Optional<Member> original =
                article.duplicateOf().flatMap(index::article).map(o -> member(o, article));
        List<Member> copies = index.copiesOf(originalId).stream()
                .filter(c -> !c.id().equals(article.id()))
                .map(c -> member(c, article))
                .toList();
        return new CopyGroupView(
                original, copies, article.copies().added(), article.copies().cut());
    }

    private static Member member(IndexedArticle member, IndexedArticle seenFrom) {
        return new Member(member, CopyRelations.between(member, seenFrom));
    }
}
