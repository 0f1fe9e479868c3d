package dev.marsad.index;

import java.time.Duration;

/**
 * A search that ran past its time budget ({@link ArticleSearch#TIME_BUDGET}) and was cancelled:
 * the hits collected so far would be an arbitrary part of the answer, so none are given. The web
 * layer answers 503 with Retry-After.
 */
public final class SearchTimedOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SearchTimedOut(String text, Duration budget) {
        super(
                "search for '" + text + "' ran past its budget of " + budget.toMillis() + " ms and was cancelled",
                null,
                false,
                false);
    }
}
