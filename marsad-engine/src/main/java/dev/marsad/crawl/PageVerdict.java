package dev.marsad.crawl;

import java.util.Objects;

/** A {@link PageHandler}'s answer: the page was accepted, or rejected for a stated reason. */
public sealed interface PageVerdict {

    /** The page was kept (extracted, indexed …). */
    record Accepted() implements PageVerdict {}

    /** The page was not kept; {@code reason} says why ("not an article: no body"). */
    record Rejected(String reason) implements PageVerdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) throw new IllegalArgumentException("a rejection needs a reason");
        }
    }

    /** The page was kept. */
    static PageVerdict accepted() {
        return new Accepted();
    }

    /** The page was not kept, for {@code reason}. */
    static PageVerdict rejected(String reason) {
        return new Rejected(reason);
    }
}
