package dev.marsad.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of an HTML page, in the order browsers use (WHATWG encoding sniffing): 1. a
 * byte-order mark, 2. the HTTP Content-Type header, 3. a meta declaration (also late in a long
 * head), 4. detection. Labels are checked against the bytes: a page labelled windows-1256 whose
 * bytes are valid multi-byte UTF-8 is read as UTF-8, and a page labelled UTF-8 whose bytes are not
 * is detected instead. Detection scores windows-1256, ISO-8859-6 and windows-1252 decodings by how
 * plausible their letters are ({@link #plausibility}).
 */
final class CharsetSniffer {

    /** How far into the page a meta charset is looked for: long heads put it after big scripts. */
    private static final int META_SCAN_BYTES = 1024 * 1024;

    /** Bytes sampled for detection and label checks. */
    private static final int DETECT_SAMPLE_BYTES = 64 * 1024;

    /** Invalid UTF-8 sequences always tolerated, whatever else the page holds (a stray byte in an ad). */
    private static final int MAX_UTF8_ERRORS = 3;

    /**
     * Share of invalid among all non-ASCII sequences above which bytes are not UTF-8. A page in
     * windows-1256 read as UTF-8 has almost only invalid sequences (an Arabic letter is one byte,
     * rarely followed by a continuation byte); a UTF-8 page with a few stray bytes (issue 10: four
     * in a page labelled UTF-8 twice) has a handful among thousands of valid ones. Deciding by the
     * first errors instead read such a page as windows-1256: mojibake stored.
     */
    private static final double MAX_INVALID_SHARE = 0.2;

    /** Charsets tried by detection, most likely first (ties keep this order). */
    static final List<Charset> DETECTION_CANDIDATES =
            List.of(Charset.forName("windows-1256"), Charset.forName("ISO-8859-6"), Charset.forName("windows-1252"));

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The charset chosen and what was odd about the labels. */
    record Choice(Charset charset, List<String> warnings) {
        Choice {
            warnings = List.copyOf(warnings);
        }
    }

    /** Chooses the charset of {@code bytes}, given the Content-Type header when there is one. */
    Choice choose(byte[] bytes, Optional<String> contentType) {
        List<String> warnings = new ArrayList<>();
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) return new Choice(bom.get(), warnings);
        Optional<Charset> label = contentType.flatMap(v -> charsetIn(HEADER_CHARSET, v));
        if (label.isEmpty()) label = metaCharset(bytes);
        Utf8Check utf8 = Utf8Check.of(bytes, DETECT_SAMPLE_BYTES);
        if (label.isEmpty()) return new Choice(detect(bytes, utf8), warnings);
        Charset labelled = label.get();
        if (labelled.equals(StandardCharsets.UTF_8)) {
            if (readsAsUtf8(utf8)) {
                if (utf8.errors() > 0)
                    warnings.add("labelled UTF-8 with " + utf8.errors() + " invalid sequences among "
                            + (utf8.errors() + utf8.multiByte()) + "; kept UTF-8 (replacement characters)");
                return new Choice(labelled, warnings);
            }
            Charset detected = detect(bytes, utf8);
            warnings.add("labelled UTF-8 but has " + utf8.errors() + " invalid sequences; read as " + detected);
            return new Choice(detected, warnings);
        }
        if (utf8.isMultiByteUtf8()) {
            warnings.add("labelled " + labelled + " but the bytes are UTF-8; read as UTF-8");
            return new Choice(StandardCharsets.UTF_8, warnings);
        }
        return new Choice(checkSingleByteLabel(bytes, labelled, warnings), warnings);
    }

    /** A single-byte label is kept unless another single-byte charset reads far more plausibly. */
    private static Charset checkSingleByteLabel(byte[] bytes, Charset labelled, List<String> warnings) {
        if (!DETECTION_CANDIDATES.contains(labelled) && !labelled.name().startsWith("ISO-8859")) return labelled;
        long labelScore = plausibility(sample(bytes), labelled);
        Charset best = labelled;
        long bestScore = labelScore;
        for (Charset c : DETECTION_CANDIDATES) {
            long score = plausibility(sample(bytes), c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != labelled && labelScore < 0 && bestScore > 0) {
            warnings.add("labelled " + labelled + " but reads as " + best);
            return best;
        }
        return labelled;
    }

    /** Whether the sample is UTF-8 with a few stray bytes at most: few errors, or few among many. */
    private static boolean readsAsUtf8(Utf8Check utf8) {
        return utf8.errors() <= MAX_UTF8_ERRORS || utf8.invalidShare() <= MAX_INVALID_SHARE;
    }

    private static Charset detect(byte[] bytes, Utf8Check utf8) {
        if (readsAsUtf8(utf8)) return StandardCharsets.UTF_8;
        byte[] sample = sample(bytes);
        Charset best = DETECTION_CANDIDATES.getFirst();
        long bestScore = Long.MIN_VALUE;
        for (Charset c : DETECTION_CANDIDATES) {
            long score = plausibility(sample, c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How plausible the non-ASCII letters of {@code bytes} are when read as {@code charset}: Arabic
     * letters next to Arabic letters and Latin accented letters next to Latin letters score; a
     * replacement character, a C1 control, a diacritic without a letter, or a Latin accented letter
     * inside Arabic (ISO-8859-6 read as windows-1256) costs.
     */
    static long plausibility(byte[] bytes, Charset charset) {
        String text = PageDecoder.decodeWith(bytes, charset);
        long score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c >= 0x80) score += charScore(c, previous, next);
            previous = c;
        }
        return score;
    }

    private static int charScore(char c, char previous, char next) {
        if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) return -10;
        if (isArabicLetter(c)) return isArabicLetter(previous) || isArabicLetter(next) ? 2 : 0;
        if (c >= '\u064B' && c <= '\u0652') return isArabicLetter(previous) ? 1 : -5;
        if (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7') {
            if (isArabicLetter(previous) || isArabicLetter(next)) return -5;
            return Character.isLetter(previous) || Character.isLetter(next) ? 1 : -1;
        }
        return 0;
    }

    private static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
    }

    private static byte[] sample(byte[] bytes) {
        return bytes.length <= DETECT_SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, DETECT_SAMPLE_BYTES);
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
            return Optional.of(StandardCharsets.UTF_8);
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
            return Optional.of(StandardCharsets.UTF_16BE);
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)
            return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    /**
     * The first usable charset of a {@code <meta>} tag before {@code <body>}, looked for in the
     * first {@link #META_SCAN_BYTES} bytes by scanning bytes (ASCII-compatible), not decoding.
     */
    private static Optional<Charset> metaCharset(byte[] bytes) {
        int n = Math.min(bytes.length, META_SCAN_BYTES);
        for (int i = 0; i + 5 < n; i++) {
            if (bytes[i] != '<') continue;
            if (startsWithIgnoreCase(bytes, i + 1, "body")) break;
            if (!startsWithIgnoreCase(bytes, i + 1, "meta")) continue;
            int end = i;
            while (end < n && bytes[end] != '>' && end - i < MAX_META_TAG_BYTES) end++;
            String tag = new String(bytes, i, end - i + (end < n ? 1 : 0), StandardCharsets.ISO_8859_1);
            Optional<Charset> c = charsetIn(META_CHARSET, tag);
            if (c.isPresent()) return c;
            i = end;
        }
        return Optional.empty();
    }

    /** A meta tag longer than this is cut when looking for its charset. */
    private static final int MAX_META_TAG_BYTES = 1024;

    private static boolean startsWithIgnoreCase(byte[] bytes, int at, String word) {
        if (at + word.length() > bytes.length) return false;
        for (int k = 0; k < word.length(); k++) {
            int b = bytes[at + k] | 0x20;
            if (b != word.charAt(k)) return false;
        }
        return true;
    }

    private static Optional<Charset> charsetIn(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<Charset> c = forLabel(m.group(1));
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    /** WHATWG label rules: latin1 and ASCII mean windows-1252; a UTF-16 meta label means UTF-8. */
    static Optional<Charset> forLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii"))
            l = "windows-1252";
        if (l.startsWith("utf-16") || l.equals("utf8")) l = "utf-8";
        if (l.equals("cp1256") || l.equals("x-cp1256") || l.equals("windows1256")) l = "windows-1256";
        try {
            return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
