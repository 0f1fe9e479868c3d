package dev.marsad.demo;

/** What a site's article pages show beyond title, date and body; decides what tests may expect. */
enum PageTrait {
    /** A line naming the original publisher of a copy ("المصدر: …"). */
    SOURCE_LINE,
    /** The article's embedded post (a tweet blockquote). */
    EMBEDDED_POST
}
