package dev.marsad.extract;

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

    /** Levels above the headline that make up the article header. */
    private static final int HEADER_LEVELS = 3;

    /** Elements after the headline looked at for a date line. */
    private static final int HEADER_LOOKAHEAD = 150;

    /** A bare date line under the headline is short ("October 3, 2024", "٢٠ أيلول ٢٠٢٣ - 10:30"). */
    private static final int MAX_HEADER_LINE_CHARS = 60;

    /** A heading or link of this many words, without a year, is a headline. */
    private static final int HEADLINE_WORDS = 3;

    /** A year in Western or Eastern Arabic digits. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20|\u0661\u0669|\u0662\u0660)\\p{Nd}{2}(?!\\d)");

    /** Candidate lines tried at most per page. */
    private static final int MAX_CANDIDATES = 20;

    private final Function<String, Optional<Dated>> parser;

    VisibleDates(Function<String, Optional<Dated>> parser) {
        this.parser = parser;
    }

    Optional<Dated> published(Document dom, PageIndex index, List<String> warnings) {
        List<String> lines = candidates(dom, index);
        for (String line : lines) {
            Optional<Dated> d = parser.apply(line);
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
        headerLines(index, out);
        return out;
    }

    /**
     * Where the article header ends: a heading or link that reads as a headline (those of other
     * stories on a section front come with dates that are not this page's), or the first long
     * paragraph.
     */
    private static boolean endsHeader(Element e) {
        boolean headline = e.nameIs("a") || e.normalName().matches("h[1-6]");
        if (headline) {
            String text = e.text();
            return ProseSignals.words(text) >= HEADLINE_WORDS
                    && !YEAR.matcher(text).find();
        }
        return e.nameIs("p") && e.text().length() > MAX_HEADER_LINE_CHARS * 2;
    }

    /**
     * Last candidates: short lines with a year right after the headline, in the article header (the
     * headline's ancestor {@link #HEADER_LEVELS} up), such as "October 3, 2024" under an h1 in an
     * unnamed element. The header ends at {@link #endsHeader}.
     */
    private static void headerLines(PageIndex index, List<String> out) {
        if (index.h1s.isEmpty()) return;
        Element h1 = index.h1s.getFirst();
        Element header = h1;
        for (int i = 0; i < HEADER_LEVELS && header.parent() != null; i++) header = header.parent();
        boolean afterHeadline = false;
        int seen = 0;
        for (Element e : header.getAllElements()) {
            if (out.size() >= MAX_CANDIDATES || seen > HEADER_LOOKAHEAD) return;
            if (e == h1) afterHeadline = true;
            if (!afterHeadline || e == h1) continue;
            seen++;
            if (endsHeader(e)) return;
            if (!YEAR.matcher(e.ownText()).find()) continue;
            String text = Whitespace.collapse(e.text());
            if (text.length() <= MAX_HEADER_LINE_CHARS) out.add(text);
        }
    }
}
