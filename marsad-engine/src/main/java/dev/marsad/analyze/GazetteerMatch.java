package dev.marsad.analyze;

/**
 * A gazetteer entry found in a text.
 *
 * @param entry the entry
 * @param firstWord index of the first matched word
 * @param endWord index after the last matched word
 * @param start offset of the match in the text, after a leading clitic (و، ب، ل)
 * @param end offset after the match
 */
record GazetteerMatch(GazetteerEntry entry, int firstWord, int endWord, int start, int end) {}
