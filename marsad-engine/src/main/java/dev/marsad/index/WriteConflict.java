package dev.marsad.index;

/**
 * A write refused by a shared index because another writer changed the document since this process
 * read, listed or wrote it (optimistic concurrency): a story write or delete ({@link #onStory}), or an
 * article write ({@link #onArticle}). Nothing of the refused write was stored; the caller reads the
 * story or article again and redoes its change ({@code ArticleLinker} does, once per conflict, a few
 * times at most).
 */
public final class WriteConflict extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private WriteConflict(String kind, String id, String detail, Throwable cause) {
        super(
                kind + " " + id + " was changed by another writer since this process read it (" + detail
                        + "); read it again and redo the change",
                cause);
    }

    /**
     * A story write or delete refused: another writer changed (or deleted) the story since.
     *
     * @param storyId the story whose write was refused
     * @param detail what this process knew of the story (the version it held)
     * @param cause the index's refusal, if any
     */
    public static WriteConflict onStory(String storyId, String detail, Throwable cause) {
        return new WriteConflict("story", storyId, detail, cause);
    }

    /**
     * An article write refused: another writer changed the article (e.g. folded a copy into the
     * original, whose copy headlines this write lacks, or moved a listed copy to another story) since
     * this process read, listed or wrote it.
     *
     * @param articleId the article whose write was refused
     * @param detail what this process knew of the article (the version it held)
     * @param cause the index's refusal, if any
     */
    public static WriteConflict onArticle(String articleId, String detail, Throwable cause) {
        return new WriteConflict("article", articleId, detail, cause);
    }
}
