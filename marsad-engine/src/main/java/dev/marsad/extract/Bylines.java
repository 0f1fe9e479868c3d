package dev.marsad.extract;

import java.util.List;

/** Cleans a byline into a name: no "بقلم:" or "By" label, no trailing date or role. */
final class Bylines {

    /** A byline longer than this is a sentence, not a name. */
    private static final int MAX_NAME_CHARS = 80;

    private Bylines() {}

    static String clean(String byline) {
        String text = Whitespace.collapse(byline);
        String folded = FoldedText.fold(text);
        List<String> labels = Markers.DEFAULT.byline();
        var label = Markers.leading(labels, folded, Markers.Glue.WORD);
        if (label.isPresent()) text = MarkedBlock.stripMarker(text, label.get());
        text = text.replaceAll("^[\\s:\u2013\u2014-]+|[\\s,\u060C|\u2013\u2014-]+$", "");
        // a name never holds a URL (microdata that puts the logo URL next to the name)
        return text.length() > MAX_NAME_CHARS || text.contains("http") ? "" : text;
    }
}
