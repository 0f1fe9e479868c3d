package dev.marsad.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ExtractionOutcome.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns a page's raw bytes into HTML text: bounded inflation of gzip bodies, a size cap, a binary
 * check, then the charset ({@link CharsetSniffer}). Never throws for bad bytes: it returns an
 * {@link Unreadable} with the reason instead.
 */
final class PageDecoder {

    /** Bytes read from a page at most; the rest is cut (with a warning). Real articles are < 2 MB. */
    static final int MAX_INPUT_BYTES = 6 * 1024 * 1024;

    /** Bytes looked at to decide whether the body is binary or HTML at all. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /** Share of control bytes (other than tab, CR, LF, FF) above which the body is binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** Something that looks like markup must appear in the first {@link #SNIFF_BYTES}. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(!doctype|html|head|body|meta|title|div|p|article|main|section|span|table|br|a)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    /** Media types that can never be an HTML article. */
    private static final List<String> NON_HTML_TYPES = List.of(
            "image/",
            "audio/",
            "video/",
            "font/",
            "application/pdf",
            "application/json",
            "application/zip",
            "application/javascript",
            "text/css",
            "text/javascript",
            "application/octet-stream+binary");

    private final CharsetSniffer sniffer = new CharsetSniffer();

    /** What came out of decoding. */
    sealed interface Decoded permits Text, Unreadable {}

    /**
     * The page's bytes, the charset they are read with, and what was odd on the way. A UTF-8 page
     * is decoded while it is parsed ({@link #strictReader}), without a second copy of it as one
     * string; any other page, or one whose markup check needed it, comes with its decoded text.
     */
    record Text(byte[] bytes, Charset charset, Optional<String> decoded, List<String> warnings) implements Decoded {
        Text {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(decoded, "decoded");
            warnings = List.copyOf(warnings);
        }

        /** The whole text: malformed or unmappable bytes become U+FFFD, a BOM is dropped. */
        String html() {
            return decoded.orElseGet(() -> decodeWith(bytes, charset));
        }

        /**
         * The text as a stream that fails with an {@link IOException} at the first byte the charset
         * cannot read (then {@link #html} gives the lenient text); empty when the text is decoded
         * already. Where it reads, it gives exactly the characters of {@link #html}.
         */
        Optional<Reader> strictReader() {
            if (decoded.isPresent()) return Optional.empty();
            int skip = startsWithUtf8Bom(bytes) ? UTF8_BOM_BYTES : 0;
            CharsetDecoder strict = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return Optional.of(
                    new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), strict));
        }
    }

    /** The bytes are not a readable HTML page. */
    record Unreadable(RejectReason reason, String detail) implements Decoded {}

    /**
     * Decodes one page: 1. reject non-HTML media types, 2. inflate gzip (bounded), 3. cap the
     * size, 4. reject binary bytes, 5. pick the charset and decode, 6. reject text without markup.
     */
    Decoded decode(Page page) {
        List<String> warnings = new ArrayList<>();
        String mediaType = page.mediaType().orElse("");
        if (NON_HTML_TYPES.stream().anyMatch(mediaType::startsWith))
            return new Unreadable(RejectReason.NOT_HTML, "media type " + mediaType);
        byte[] bytes = inflateIfGzip(page.body(), warnings);
        if (bytes.length > MAX_INPUT_BYTES) {
            warnings.add("page has " + bytes.length + " bytes; read the first " + MAX_INPUT_BYTES);
            bytes = Arrays.copyOf(bytes, MAX_INPUT_BYTES);
        }
        if (bytes.length == 0) return new Unreadable(RejectReason.NOT_HTML, "empty body");
        if (isBinary(bytes)) return new Unreadable(RejectReason.NOT_HTML, "binary content (control bytes)");
        CharsetSniffer.Choice choice = sniffer.choose(bytes, page.header("Content-Type"));
        warnings.addAll(choice.warnings());
        if (choice.charset().equals(StandardCharsets.UTF_8) && asciiMarkup(bytes))
            return new Text(bytes, choice.charset(), Optional.empty(), warnings);
        String html = decodeWith(bytes, choice.charset());
        if (!MARKUP.matcher(html)
                .region(0, Math.min(html.length(), SNIFF_BYTES))
                .find()) return new Unreadable(RejectReason.NOT_HTML, "no HTML markup");
        return new Text(bytes, choice.charset(), Optional.of(html), warnings);
    }

    /**
     * Whether the first {@link #SNIFF_BYTES} bytes, read one byte per character, hold markup. The
     * pattern matches ASCII only, and in UTF-8 an ASCII byte is always that character and a character
     * never takes fewer bytes than one: markup found here is also within the first {@link
     * #SNIFF_BYTES} characters of the decoded text.
     */
    private static boolean asciiMarkup(byte[] bytes) {
        return MARKUP.matcher(new Latin1View(bytes, Math.min(bytes.length, SNIFF_BYTES)))
                .find();
    }

    /** The first {@code length} bytes as characters, one each (ISO-8859-1), without a copy. */
    private record Latin1View(byte[] bytes, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static final int UTF8_BOM_BYTES = 3;

    private static boolean startsWithUtf8Bom(byte[] b) {
        return b.length >= UTF8_BOM_BYTES && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** {@code bytes} as text; malformed or unmappable bytes become U+FFFD, a BOM is dropped. */
    static String decodeWith(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Gzip bodies (a saved .html.gz, a server that double-compressed) are inflated to the cap. */
    private static byte[] inflateIfGzip(byte[] body, List<String> warnings) {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) return body;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes(MAX_INPUT_BYTES + 1);
            if (out.length > MAX_INPUT_BYTES)
                warnings.add("gzip body inflates past " + MAX_INPUT_BYTES + " bytes; cut");
            return out;
        } catch (IOException e) {
            warnings.add("gzip body is corrupt (" + e.getMessage() + "); read as is");
            return body;
        }
    }

    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (n >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) return false; // UTF-16 BOM
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            // a few stray NUL or control bytes occur in real pages; binary data is full of them
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        return control > n * MAX_CONTROL_SHARE;
    }
}
