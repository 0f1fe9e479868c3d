package dev.marsad.arabic.date;

/**
 * The time the clause around a date expression speaks of, as its verb tells it: it decides which
 * occurrence a bare weekday or a date without a year means (see GRAMMAR.md, "Direction").
 */
enum Tense {
    /** A past-tense verb or a past marker (قال، أعلنت، كان، لم): the last occurrence, today included. */
    PAST,
    /** A present or future verb or a planning word (يعقد، سيزور، هيسافر، رح، من المقرر): the next one, today included. */
    NON_PAST,
    /** No verb nearby: the finder's {@link Bias} decides. */
    UNKNOWN
}
