package dev.marsad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text that a site escaped twice: after the HTML parser has decoded the page once, it still holds
 * character references ({@code og:title="&amp;quot;…&amp;quot;"} reads as {@code &quot;…&quot;};
 * JSON-LD written by templates keeps {@code &amp;}). Each complete reference ({@code &name;},
 * {@code &#34;}, {@code &#x22;}) is decoded once more; an ampersand that starts no complete
 * reference ("AT&T", "?a=1&copy=2") stays as it is.
 */
final class EscapedText {

    /** A complete character reference, semicolon included. */
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    private EscapedText() {}

    /** {@code text} with its leftover character references decoded (once). */
    static String decoded(String text) {
        if (text.indexOf('&') < 0) return text;
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) out = new StringBuilder(text.length());
            m.appendReplacement(out, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), true)));
        }
        if (out == null) return text;
        m.appendTail(out);
        return out.toString();
    }
}
