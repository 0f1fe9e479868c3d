package dev.marsad.index;

/**
 * A story write or delete refused because another writer changed the story since this process
 * read or wrote it (optimistic concurrency of a shared index). Nothing of the refused write was stored;
 * the caller reads the story again and redoes its change ({@code ArticleLinker} does, once per
 * conflict, a few times at most).
 */
public final class StoryConflict extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param storyId the story whose write was refused
     * @param detail what this process knew of the story (the version it held)
     */
    public StoryConflict(String storyId, String detail, Throwable cause) {
        super(
                "story " + storyId + " was changed by another writer since this process read it (" + detail
                        + "); read it again and redo the change",
                cause);
    }
}
