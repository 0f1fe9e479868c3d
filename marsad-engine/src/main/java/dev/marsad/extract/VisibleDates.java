package dev.marsad.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the date line a reader sees ("تاريخ النشر: 20th, September 2023 GMT") and hands its text
 * to a date-line parser. Candidates are lines that start with a date-line marker, then short
 * elements whose names say date or time.
 */
final class VisibleDates {

    /** A date line is short; longer text is a paragraph that mentions a date. */
    private static final int MAX_LINE_CHARS = 120;

    /** Element names that hold a date line. */
    private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|timestamp|\\bmeta\\b");

    /** Candidate lines tried at most per page. */
    private static final int MAX_CANDIDATES = 20;

    private final Function<String, Optional<Instant>> parser;

    VisibleDates(Function<String, Optional<Instant>> parser) {
        this.parser = parser;
    }

    Optional<Instant> published(Document dom, PageIndex index, List<String> warnings) {
        List<String> lines = candidates(dom, index);
        for (String line : lines) {
            Optional<Instant> d = parser.apply(line);
            if (d.isPresent()) return d;
        }
        if (!lines.isEmpty()) warnings.add("date line '" + lines.getFirst() + "' did not parse");
        return Optional.empty();
    }

    private static List<String> candidates(Document dom, PageIndex index) {
        List<String> out = new ArrayList<>();
        List<String> markers = Markers.DEFAULT.dateLine();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (!(node instanceof TextNode t) || t.isBlank() || out.size() >= MAX_CANDIDATES) return;
                        String raw = t.getWholeText();
                        int first = PartsReader.firstVisible(raw);
                        if (first < 0 || !Markers.DEFAULT.mayStartMarker(raw.charAt(first))) return;
                        String text = Whitespace.collapse(raw);
                        if (text.length() > MAX_LINE_CHARS) return;
                        if (Markers.leading(markers, FoldedText.fold(text), Markers.Glue.WORD)
                                .isPresent()) {
                            if (text.chars().anyMatch(Character::isDigit)) out.add(text);
                            Element parent = t.parent() instanceof Element e ? e : null;
                            String line = parent == null ? text : Whitespace.collapse(parent.text());
                            if (!line.equals(text) && line.length() <= MAX_LINE_CHARS) out.add(line);
                        }
                    }
                },
                dom.body() == null ? dom : dom.body());
        for (Element e : index.dateNamedElements) {
            if (out.size() >= MAX_CANDIDATES) break;
            if (!DATE_NAMES.matcher(e.className() + " " + e.id()).find()) continue;
            String text = Whitespace.collapse(e.text());
            if (!text.isEmpty()
                    && text.length() <= MAX_LINE_CHARS
                    && text.chars().anyMatch(Character::isDigit)) out.add(text);
        }
        return out;
    }
}
