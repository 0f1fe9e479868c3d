package dev.marsad.index;

/**
 * A story write or delete, or an article write, refused because another writer changed the story
 * or article since this process read or wrote it (optimistic concurrency of a shared index). Nothing
 * of the refused write was stored; the caller reads the story or article again and redoes its change
 * ({@code ArticleLinker} does, once per conflict, a few times at most).
 */
public final class StoryConflict extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param storyId the story whose write was refused
     * @param detail what this process knew of the story (the version it held)
     */
    public StoryConflict(String storyId, String detail, Throwable cause) {
        this("story", storyId, detail, cause);
    }

    private StoryConflict(String kind, String id, String detail, Throwable cause) {
        super(
                kind + " " + id + " was changed by another writer since this process read it (" + detail
                        + "); read it again and redo the change",
                cause);
    }

    /**
     * An article write refused: another writer changed the article (e.g. folded a copy into the
     * original, whose copy headlines this write lacks) since this process read or wrote it.
     *
     * @param articleId the article whose write was refused
     * @param detail what this process knew of the article (the version it held)
     */
    public static StoryConflict onArticle(String articleId, String detail, Throwable cause) {
        return new StoryConflict("article", articleId, detail, cause);
    }
}
