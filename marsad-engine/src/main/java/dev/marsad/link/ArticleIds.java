package dev.marsad.link;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Article ids: 16 hex digits of the SHA-256 of the canonical URL, so re-ingesting a page keeps its id. */
public final class ArticleIds {

    private ArticleIds() {}

    /**
     * The id of the article at this canonical URL. Scheme and host case, a default port and a
     * trailing fragment do not change it.
     */
    public static String of(URI canonicalUrl) {
        URI normalized = canonicalUrl.normalize();
        String scheme =
                normalized.getScheme() == null ? "" : normalized.getScheme().toLowerCase(Locale.ROOT);
        String host = normalized.getHost() == null ? "" : normalized.getHost().toLowerCase(Locale.ROOT);
        int port = normalized.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String key = scheme + "://" + host + (defaultPort ? "" : ":" + port) + normalized.getRawPath()
                + (normalized.getRawQuery() == null ? "" : "?" + normalized.getRawQuery());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
