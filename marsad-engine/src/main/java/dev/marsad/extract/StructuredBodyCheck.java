package dev.marsad.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides between the body found in the DOM and the JSON-LD articleBody. The JSON-LD text is used
 * only when the DOM body is much shorter and the JSON-LD text is really on the page (its words
 * appear in the page text), so a stale, truncated or foreign articleBody is never trusted blindly.
 */
final class StructuredBodyCheck {

    /** The DOM body is replaced only when it has less than this share of the JSON-LD words. */
    private static final double MAX_DOM_SHARE = 0.5;

    /** Share of JSON-LD words that must appear in the page text for it to count as the page's. */
    private static final double MIN_ON_PAGE_SHARE = 0.8;

    /** A JSON-LD body shorter than this (characters) is a summary, not a body. */
    private static final int MIN_STRUCTURED_CHARS = 200;

    private StructuredBodyCheck() {}

    /** The body to use, and whether it came from JSON-LD. */
    static Optional<List<Block>> preferStructured(List<Block> dom, Optional<String> structured, String pageText) {
        if (structured.isEmpty() || structured.get().length() < MIN_STRUCTURED_CHARS) return Optional.empty();
        List<String> ldWords = words(structured.get());
        int domWords = dom.stream().mapToInt(b -> words(b.text()).size()).sum();
        if (domWords >= ldWords.size() * MAX_DOM_SHARE) return Optional.empty();
        Set<String> page = new HashSet<>(words(pageText));
        long onPage = ldWords.stream().filter(page::contains).count();
        if (onPage < ldWords.size() * MIN_ON_PAGE_SHARE) return Optional.empty();
        List<Block> blocks = Arrays.stream(structured.get().split("\\n+|\\r+"))
                .map(Whitespace::collapse)
                .filter(s -> !s.isEmpty())
                .map(s -> (Block) new Block.Paragraph(s))
                .toList();
        return Optional.of(blocks);
    }

    private static List<String> words(String text) {
        return Arrays.stream(FoldedText.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
