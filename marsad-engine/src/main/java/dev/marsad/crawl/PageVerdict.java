package dev.marsad.crawl;

import java.util.Objects;

/**
 * A {@link PageHandler}'s answer, recorded in the crawl log as such: the page was stored (and is
 * durable), or rejected by a named stage for a coded reason.
 */
public sealed interface PageVerdict {

    /**
     * The page was kept and is durable in the store.
     *
     * @param sequence the position in which the store took the page, increasing over the life of a
     *     data folder: a rebuild replays stored pages in this order
     * @param detail how it was kept ("new_story", "copy" …)
     */
    record Accepted(long sequence, String detail) implements PageVerdict {
        public Accepted {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The page was not kept.
     *
     * @param stage the stage that rejected it, lower case ("extract", "analyze")
     * @param code the reason as a stable lower-case code ("not_an_article", "soft_404")
     * @param detail what was wrong with this page, for a reader of the log
     */
    record Rejected(String stage, String code, String detail) implements PageVerdict {
        public Rejected {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
            if (stage.isBlank() || code.isBlank())
                throw new IllegalArgumentException("a rejection needs a stage and a reason code");
        }

        /** "code: detail", as the crawl log's reason column shows it. */
        public String reason() {
            return detail.isBlank() ? code : code + ": " + detail;
        }
    }

    /** The page was kept, as the store's {@code sequence}-th page. */
    static PageVerdict accepted(long sequence) {
        return new Accepted(sequence, "accepted");
    }

    /** The page was not kept by {@code stage}, for the coded {@code code}. */
    static PageVerdict rejected(String stage, String code, String detail) {
        return new Rejected(stage, code, detail);
    }
}
