package dev.marsad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The faces the reader site draws with, served by Marsad itself (no font CDN, so a reader's
 * browser calls no third party): Debian's Noto fonts (package fonts-noto-core, SIL Open Font
 * License 1.1, which allows redistributing the fonts with software), read from the system's font
 * folder when the server starts, never committed to the project.
 *
 * <p>Two families, each Arabic from one face and everything else from Noto Sans, split by {@code
 * unicode-range} so that a browser fetches only the faces a page needs:
 *
 * <ul>
 *   <li>{@value #TEXT}: Noto Naskh Arabic + Noto Sans, for running text;
 *   <li>{@value #HEADING}: Noto Sans Arabic + Noto Sans, for headlines and navigation.
 * </ul>
 *
 * <p>A face whose file is missing is left out of the style sheet and not served; the style sheet's
 * font stacks then fall back to the reader's own fonts, ending in {@code sans-serif} (never a
 * Times-like serif for Latin text).
 */
final class SiteFonts {

    /** Where Debian's fonts-noto-core puts the faces. */
    static final Path SYSTEM_DIR = Path.of("/usr/share/fonts/truetype/noto");

    /** Under /static/: the response cache leaves static files alone (they are long and never change). */
    static final String URL_PREFIX = "/static/fonts/";

    /** The family of running text (style sheet name). */
    static final String TEXT = "Marsad Text";

    /** The family of headlines and navigation (style sheet name). */
    static final String HEADING = "Marsad Heading";

    /** A font file changes only with the system's package; a day like the style sheet. */
    static final String CACHE = WebServer.CSS_CACHE;

    /** Which characters a face draws. */
    enum Script {
        /** Arabic, Arabic Supplement and Extended-A/B, the presentation forms; ZWNJ and ZWJ join Arabic. */
        ARABIC("U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200D"),
        /** Latin with its extensions and accents, general punctuation, currency and letter-like signs. */
        LATIN("U+0000-024F, U+0259, U+02B0-036F, U+1E00-1EFF, U+2000-200B, U+200E-20CF, U+2100-218F, U+2190-21FF");

        final String unicodeRange;

        Script(String unicodeRange) {
            this.unicodeRange = unicodeRange;
        }
    }

    /** One face: a family of the style sheet, drawn from one file for one script and weight. */
    record Face(String family, String file, int weight, Script script) {
        String url() {
            return URL_PREFIX + file;
        }
    }

    /** Every face the style sheet may declare, in the order it declares them. */
    static final List<Face> FACES = List.of(
            new Face(TEXT, "NotoNaskhArabic-Regular.ttf", 400, Script.ARABIC),
            new Face(TEXT, "NotoNaskhArabic-Bold.ttf", 700, Script.ARABIC),
            new Face(TEXT, "NotoSans-Regular.ttf", 400, Script.LATIN),
            new Face(TEXT, "NotoSans-Bold.ttf", 700, Script.LATIN),
            new Face(HEADING, "NotoSansArabic-Regular.ttf", 400, Script.ARABIC),
            new Face(HEADING, "NotoSansArabic-Bold.ttf", 700, Script.ARABIC),
            new Face(HEADING, "NotoSans-Regular.ttf", 400, Script.LATIN),
            new Face(HEADING, "NotoSans-Bold.ttf", 700, Script.LATIN));

    private final Path dir;
    private final List<Face> present;
    private final Map<String, byte[]> files;

    private SiteFonts(Path dir, List<Face> present, Map<String, byte[]> files) {
        this.dir = dir;
        this.present = present;
        this.files = files;
    }

    /** The faces found in Debian's font folder (none when fonts-noto-core is not installed). */
    static SiteFonts system() {
        return from(SYSTEM_DIR);
    }

    /**
     * The faces found in {@code dir}, read into memory (about 2 MB); a missing folder or file means
     * that face is not served.
     *
     * @throws UncheckedIOException when a file exists but cannot be read, naming it
     */
    static SiteFonts from(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Face> present = FACES.stream()
                .filter(f -> Files.isRegularFile(dir.resolve(f.file())))
                .toList();
        for (Face face : present) {
            Path file = dir.resolve(face.file());
            try {
                if (!files.containsKey(face.file())) files.put(face.file(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font file " + file, e);
            }
        }
        return new SiteFonts(dir, present, Map.copyOf(files));
    }

    /** Whether every face was found, so that the site looks as designed. */
    boolean isComplete() {
        return present.size() == FACES.size();
    }

    /**
     * The {@code @font-face} rules of the faces found, to put before the site's style sheet; a
     * comment saying where none were found otherwise.
     */
    String styleSheet() {
        StringBuilder css = new StringBuilder();
        if (!isComplete())
            css.append("/* some Noto faces are not in ")
                    .append(dir)
                    .append(" (Debian: fonts-noto-core): the reader's own fonts stand in */\n");
        for (Face face : present)
            css.append(String.format(
                    Locale.ROOT,
                    "@font-face { font-family: \"%s\"; font-style: normal; font-weight: %d; font-display: swap;"
                            + " src: url(\"%s\") format(\"truetype\"); unicode-range: %s; }%n",
                    face.family(),
                    face.weight(),
                    face.url(),
                    face.script().unicodeRange));
        return css.toString();
    }

    /** The site's style sheet: these faces, then {@code sheet}. */
    byte[] prepend(byte[] sheet) {
        return (styleSheet() + new String(sheet, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Serves each file found at its URL; the others are 404 like any unknown path. */
    void register(RoutesConfig routes) {
        files.forEach((name, bytes) -> routes.get(URL_PREFIX + name, ctx -> serve(ctx, bytes)));
    }

    private static void serve(Context ctx, byte[] bytes) {
        ctx.header("Cache-Control", CACHE);
        ctx.contentType("font/ttf").result(bytes);
    }
}
