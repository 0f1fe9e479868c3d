package dev.marsad.arabic.token;

/** What a {@link Token} is. */
public enum TokenType {
    /** A run of Arabic letters, with any diacritics, tatweel and zero-width joiners inside it. */
    ARABIC,
    /** A run of letters of another script (Latin mostly), digits allowed after the first letter. */
    LATIN,
    /** Digits of any script, with inner separators between digits: 2,116 · ٣٫٥ · 20/9/2023. */
    NUMBER,
    /** {@code #} followed by letters, digits or underscores: #كاراباخ. */
    HASHTAG,
    /** {@code @} followed by ASCII letters, digits or underscores: @gadaennab. */
    HANDLE,
    /** A web address starting with a scheme or {@code www.}, trailing punctuation excluded. */
    URL,
    /** {@code local@domain.tld}. */
    EMAIL
}
