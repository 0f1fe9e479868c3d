package dev.marsad.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads a fetched picture safely and writes the scaled copies of its {@link ImageKind}.
 *
 * <ol>
 *   <li>Find a reader by the bytes themselves (never by the server's Content-Type), among the formats
 *       a news picture comes in.
 *   <li>Read the picture's size from its header and refuse, before decoding a pixel, one too large to
 *       decode safely (a decompression bomb: a small file that declares a huge canvas) or too small to
 *       be a picture.
 *   <li>Decode, skipping rows and columns of a picture many times wider than the widest copy, so that
 *       what is held in memory stays near the copies' size.
 *   <li>Scale down to each width of the kind no wider than the picture (halving first, then one
 *       bilinear step, which keeps thin lines), and encode.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class ImageScaler {

    /**
     * The most pixels a picture may declare (40 megapixels, 160 MB decoded as ARGB): more than any
     * camera's photo a newspaper prints, far less than a bomb's billions.
     */
    static final long MAX_PIXELS = 40_000_000L;

    /** The longest side a picture may declare; a 1×40,000,000 strip is no photo either. */
    static final int MAX_SIDE = 12_000;

    /** The most images of one ICO file looked at for the largest. */
    private static final int MAX_ICON_ENTRIES = 16;

    /** javax.imageio format names of the pictures accepted (the first name each reader gives). */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "webp", "ico", "bmp");

    /** JPEG quality of the copies: small files, no visible blocks at card and column sizes. */
    private static final float JPEG_QUALITY = 0.82f;

    /**
     * Decoder warnings (lower case) that say the file ended before the picture did: the JDK's JPEG
     * reader's "Truncated File - Missing EOI marker" and libjpeg's "premature end of data segment".
     */
    private static final List<String> CUT_SHORT_WARNINGS = List.of("truncated file", "premature end");

    /**
     * The picture read from {@code bytes} and its copies, keyed by width, smallest first.
     *
     * @param width the picture's own width
     * @param height the picture's own height
     * @param copies the encoded copies by width
     */
    record Scaled(int width, int height, Map<Integer, byte[]> copies) {
        Scaled {
            copies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(copies));
        }
    }

    static {
        // decode from memory only: with the cache on, ImageIO copies every stream to a temporary file
        ImageIO.setUseCache(false);
    }

    private ImageScaler() {}

    /**
     * Reads {@code bytes} and writes the copies {@code kind} keeps.
     *
     * @param what the picture's URL, for messages
     * @throws ImageRejected when the bytes are no picture of an accepted format, or declare a size
     *     out of bounds, or cannot be decoded
     */
    static Scaled scale(byte[] bytes, ImageKind kind, String what) throws ImageRejected {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, what); // 1.
            try {
                reader.setInput(in, false, true);
                if (reader.getFormatName().equalsIgnoreCase("bmp")) {
                    checkNotEmbedded(bytes, what);
                    checkColourTable(bytes, what);
                }
                int index = largestImage(reader);
                int width = reader.getWidth(index);
                int height = reader.getHeight(index);
                checkSize(width, height, kind, what); // 2.
                var warnings = new ArrayList<String>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage picture = decode(reader, index, width, kind); // 3.
                checkWhole(warnings, what);
                return new Scaled(width, height, copies(picture, copyWidths(width, kind), kind)); // 4.
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageRejected("cannot read the picture " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // image decoders throw unchecked exceptions on malformed files (index out of bounds,
            // illegal arguments): a stranger's file is an input error here, recorded as such
            throw new ImageRejected("cannot decode the picture " + what + ": " + e, e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, String what) throws ImageRejected {
        if (in == null) throw new ImageRejected("cannot read the picture " + what);
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            String format;
            try {
                format = reader.getFormatName().toLowerCase(Locale.ROOT);
            } catch (IOException e) {
                reader.dispose();
                continue;
            }
            if (FORMATS.contains(format)) return reader;
            reader.dispose();
        }
        throw new ImageRejected(what + " is not a JPEG, PNG, GIF, WebP or ICO picture");
    }

    /** The image of the file to read: the first, or for an icon file the largest of its sizes. */
    private static int largestImage(ImageReader reader) throws IOException {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (!format.equals("ico")) return 0;
        int count = Math.min(reader.getNumImages(true), MAX_ICON_ENTRIES);
        int best = 0;
        long bestArea = 0;
        for (int i = 0; i < count; i++) {
            long area = (long) reader.getWidth(i) * reader.getHeight(i);
            if (area > bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return best;
    }

    static void checkSize(int width, int height, ImageKind kind, String what) throws ImageRejected {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS)
            throw new ImageRejected(what + " declares " + width + "x" + height + " pixels, more than " + MAX_PIXELS
                    + " pixels or " + MAX_SIDE + " on a side: not decoded");
        if (width < kind.minSide() || height < kind.minSide())
            throw new ImageRejected(what + " is " + width + "x" + height + " pixels, smaller than " + kind.minSide()
                    + " on a side: no picture");
    }

    /**
     * Refuses a BMP file whose colour table is longer than the file: the decoder allocates the table
     * its header declares before reading it, so a few bytes that declare millions of colours would
     * take the heap (found by ImageScalerFuzzTest). Offsets are those of the BMP file and DIB headers
     * (14-byte file header, then the DIB header's size; bit count at 28, colours used at 46 when the
     * DIB header has them); the OS/2 header of 12 bytes has 3-byte entries and no colour count.
     */
    static void checkColourTable(byte[] bytes, String what) throws ImageRejected {
        if (bytes.length < 30) return; // too short to declare a table: the decoder refuses it
        long headerSize = unsignedInt(bytes, 14);
        int bitCount = (bytes[28] & 0xff) | (bytes[29] & 0xff) << 8;
        long used = headerSize >= 40 && bytes.length >= 50 ? unsignedInt(bytes, 46) : 0;
        long entries = used != 0 ? used : bitCount <= 8 ? 1L << bitCount : 0;
        long end = 14 + headerSize + entries * (headerSize == 12 ? 3 : 4);
        if (end > bytes.length)
            throw new ImageRejected(what + " is a BMP file whose colour table (" + entries
                    + " colours) would end past its " + bytes.length + " bytes: not decoded");
    }

    /** BMP compressions that carry another format's stream (BI_JPEG, BI_PNG). */
    private static final Set<Long> EMBEDDED = Set.of(4L, 5L);

    /**
     * Refuses a BMP file that carries a JPEG or PNG stream (compression 4 or 5, at offset 30 of a
     * DIB header of 40 bytes or more): the decoder reads such a stream through a buffer sized by the
     * header, so 71 bytes took the heap (found by ImageScalerFuzzTest in CI, 2026-12-07); no news site
     * serves its pictures that way.
     */
    static void checkNotEmbedded(byte[] bytes, String what) throws ImageRejected {
        if (bytes.length < 34 || unsignedInt(bytes, 14) < 40) return;
        long compression = unsignedInt(bytes, 30);
        if (EMBEDDED.contains(compression))
            throw new ImageRejected(
                    what + " is a BMP file carrying a " + (compression == 4 ? "JPEG" : "PNG") + " stream: not decoded");
    }

    private static long unsignedInt(byte[] bytes, int at) {
        return (bytes[at] & 0xffL)
                | (bytes[at + 1] & 0xffL) << 8
                | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    /**
     * Refuses a picture whose decoder warned that its data ended early: the JPEG reader decodes a
     * file cut short (a fetch whose end was lost, a server that stopped sending) with a grey band
     * instead of failing, and such a picture must not be kept and shown.
     */
    private static void checkWhole(List<String> warnings, String what) throws ImageRejected {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (CUT_SHORT_WARNINGS.stream().anyMatch(lower::contains))
                throw new ImageRejected("the picture " + what + " is cut short: " + warning);
        }
    }

    private static BufferedImage decode(ImageReader reader, int index, int width, ImageKind kind) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int widest = kind.widths().getLast();
        // keep at least twice the widest copy's pixels, so the last scaling step still smooths
        int step = Math.max(1, width / (2 * widest));
        if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(index, param);
    }

    /** The kind's widths no wider than the picture; a picture narrower than all of them keeps its own. */
    static List<Integer> copyWidths(int width, ImageKind kind) {
        var widths = kind.widths().stream().filter(w -> w <= width).toList();
        return widths.isEmpty() ? java.util.List.of(width) : widths;
    }

    /**
     * The copies, widest first, each scaled from the one before it (a copy is at most twice the next
     * one's width, so one bilinear step keeps its detail), then listed smallest first.
     */
    private static Map<Integer, byte[]> copies(BufferedImage picture, List<Integer> widths, ImageKind kind)
            throws IOException {
        Map<Integer, byte[]> widestFirst = new LinkedHashMap<>();
        BufferedImage current = picture;
        for (int w : widths.reversed()) {
            current = resize(current, w, kind);
            widestFirst.put(w, encode(current, kind));
        }
        Map<Integer, byte[]> copies = new LinkedHashMap<>();
        for (int w : widths) copies.put(w, widestFirst.get(w));
        return copies;
    }

    private static BufferedImage resize(BufferedImage source, int width, ImageKind kind) {
        if (source.getWidth() == width) return source;
        BufferedImage current = source;
        // halve while more than twice too wide: one bilinear step from far away drops pixels
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, height(current, current.getWidth() / 2), kind);
        }
        return draw(current, width, height(current, width), kind);
    }

    private static int height(BufferedImage image, int width) {
        return Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, ImageKind kind) {
        boolean opaque = kind.format() == StoredImage.Format.JPEG;
        var target =
                new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) { // a transparent PNG or GIF as JPEG: on white, as a page would show it
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, ImageKind kind) throws IOException {
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(kind.format().writerName()).next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (kind.format() == StoredImage.Format.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
