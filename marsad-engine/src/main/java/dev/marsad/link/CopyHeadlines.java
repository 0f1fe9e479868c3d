package dev.marsad.link;

import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The copy headlines an original carries (issue 13), derived from its copies as the index holds them
 * whenever the original is written, never carried over from the original's own stored record alone:
 * a writer that read the original before another worker folded a copy into it then writes that
 * copy's headline too, and a put-back after a link cut short ({@link TouchedStories#repair}) keeps
 * the headlines of the copies still folded. One entry a copy ({@link
 * CopyRelations#withCopyHeadline}); the index chooses what it searches ({@link
 * CopyRelations#searchedHeadlines}).
 */
final class CopyHeadlines {

    private final IndexView view;

    CopyHeadlines(IndexView view) {
        this.view = view;
    }

    /**
     * {@code original} carrying the headline of each of its copies: those the index lists ({@link
     * IndexView#copiesOf}), and those its record names that the listing lacks (written by another
     * worker and not visible to searches yet) while a read by id still shows them as its copies (or
     * cannot read them yet: kept as recorded); the article being linked is taken as {@code linking}
     * is, not as stored.
     *
     * @param linkingId the id of the article being linked, if any
     * @param linking that article as it is being written; empty when it is not to count (it is decided anew)
     */
    IndexedArticle carrying(IndexedArticle original, Optional<String> linkingId, Optional<IndexedArticle> linking) {
        var headlines = new LinkedHashMap<String, String>(); // copy id → its headline
        for (IndexedArticle c : view.copiesOf(original.id())) headlines.put(c.id(), titleOf(c));
        for (CopyRelations.CopyHeadline h : original.copies().copyHeadlines()) {
            if (headlines.containsKey(h.copyId())) continue;
            Optional<IndexedArticle> now = view.article(h.copyId());
            if (now.isEmpty()) headlines.put(h.copyId(), h.headline()); // not readable here yet: as recorded
            else if (isCopyOf(now.get(), original)) headlines.put(h.copyId(), titleOf(now.get()));
        }
        linkingId.ifPresent(headlines::remove);
        linking.filter(c -> isCopyOf(c, original)).ifPresent(c -> headlines.put(c.id(), titleOf(c)));
        CopyRelations relations = original.copies().withCopyHeadlines(List.of());
        for (var h : headlines.entrySet()) relations = relations.withCopyHeadline(h.getKey(), h.getValue());
        return original.withCopies(relations);
    }

    private static boolean isCopyOf(IndexedArticle copy, IndexedArticle original) {
        return copy.duplicateOf().equals(Optional.of(original.id()));
    }

    private static String titleOf(IndexedArticle article) {
        return article.analyzed().article().title();
    }

    /**
     * Whether writing {@code carrying} in place of {@code stored} changes what the index searches on
     * it: else the write is left out (a copy that repeats a headline searched already costs no put).
     */
    static boolean changesSearch(IndexedArticle stored, IndexedArticle carrying) {
        String title = stored.analyzed().article().title();
        return !stored.copies()
                .searchedHeadlines(title)
                .equals(carrying.copies().searchedHeadlines(title));
    }
}
