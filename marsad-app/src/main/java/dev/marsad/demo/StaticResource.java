package dev.marsad.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One response of a demo site, rendered once at start.
 *
 * @param status the HTTP status (200 also for a soft 404)
 * @param contentType the Content-Type header exactly as sent (a legacy site sends no charset)
 * @param body the bytes of the body, already in the site's encoding
 * @param lastModified the Last-Modified time, whole seconds
 * @param etag the strong entity tag, quoted, derived from the body
 */
record StaticResource(int status, String contentType, byte[] body, Instant lastModified, String etag) {

    /** Length of the hex digest kept in an ETag; collisions within one site are not a concern. */
    private static final int ETAG_HEX_CHARS = 20;

    StaticResource {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(etag, "etag");
        if (status < 100 || status > 599) throw new IllegalArgumentException("HTTP status out of range: " + status);
        body = body.clone();
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A response whose ETag is the digest of its body. */
    static StaticResource of(int status, String contentType, byte[] body, Instant lastModified) {
        return new StaticResource(status, contentType, body, lastModified, etagOf(body));
    }

    /** A UTF-8 text response. */
    static StaticResource utf8(int status, String contentType, String text, Instant lastModified) {
        return of(status, contentType, text.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes, without copying it. */
    int length() {
        return body.length;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest).substring(0, ETAG_HEX_CHARS) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaticResource r
                && r.status == status
                && r.etag.equals(etag)
                && r.contentType.equals(contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, etag, contentType);
    }

    @Override
    public String toString() {
        return "StaticResource[" + status + ", " + contentType + ", " + body.length + " bytes, " + etag + "]";
    }
}
