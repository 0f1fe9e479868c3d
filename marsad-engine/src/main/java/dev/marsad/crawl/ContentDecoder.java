package dev.marsad.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes HTTP content coding (gzip, deflate) with a limit on the decoded size, so a small compressed
 * body cannot expand into gigabytes.
 */
final class ContentDecoder {

    /** The Accept-Encoding Marsad sends: the codings this class can undo. */
    static final String ACCEPTED = "gzip, deflate";

    /** The decoded bytes and whether decoding stopped at the limit or at the end of a cut body. */
    record Decoded(byte[] bytes, boolean truncated) {}

    private ContentDecoder() {}

    /**
     * Decodes {@code wire} as coded by {@code coding} (the Content-Encoding value).
     *
     * @param wireTruncated whether the coded bytes were themselves cut; a cut stream then decodes as
     *     far as it goes instead of failing
     * @throws IOException when the coding is unknown or the bytes are not valid for it
     */
    static Decoded decode(String coding, byte[] wire, boolean wireTruncated, int limit) throws IOException {
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (wire.length == 0) return new Decoded(wire, wireTruncated);
        return switch (name) {
            case "", "identity" -> new Decoded(wire, wireTruncated);
            case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(wire)), wireTruncated, limit);
            case "deflate" -> inflateDeflate(wire, wireTruncated, limit);
            default -> throw new IOException("unsupported Content-Encoding '" + coding + "'");
        };
    }

    /** RFC 9110 §8.4.1.2 says deflate is zlib-wrapped, but some servers send raw deflate: try both. */
    private static Decoded inflateDeflate(byte[] wire, boolean wireTruncated, int limit) throws IOException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(wire)), wireTruncated, limit);
        } catch (ZipException zlibHeaderMissing) {
            return inflate(
                    new InflaterInputStream(new ByteArrayInputStream(wire), new Inflater(true)), wireTruncated, limit);
        }
    }

    /** Whether {@code body} starts with the gzip magic number (RFC 1952 §2.3.1): a .gz file served as is. */
    static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
    }

    /**
     * Unpacks a body that is itself a gzip file (a {@code sitemap.xml.gz}, not HTTP content coding) up
     * to {@code limit} bytes; {@link Decoded#truncated()} says the limit was reached.
     *
     * @throws IOException when the bytes are not valid gzip
     */
    static Decoded gunzip(byte[] body, int limit) throws IOException {
        return inflate(new GZIPInputStream(new ByteArrayInputStream(body)), false, limit);
    }

    private static Decoded inflate(InputStream in, boolean wireTruncated, int limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                int take = Math.min(n, limit - out.size());
                out.write(chunk, 0, take);
                if (take < n) return new Decoded(out.toByteArray(), true);
            }
        } catch (EOFException cut) {
            if (!wireTruncated) throw cut;
            return new Decoded(out.toByteArray(), true);
        }
        return new Decoded(out.toByteArray(), wireTruncated);
    }
}
