package dev.marsad.media;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A picture in the {@link ImageStore}: where it came from and the scaled copies kept of it.
 *
 * @param source the URL it was fetched from (the article's image URL, or the site's icon URL)
 * @param hash SHA-256 of the fetched bytes, in lower-case hex: the copies' names start with it, so
 *     the same picture under two URLs is kept once
 * @param width the width of the picture as fetched, in pixels
 * @param height its height as fetched
 * @param widths the widths kept, smallest first (never wider than the picture itself)
 * @param format the format of the copies
 * @param storedAt when it was stored
 */
public record StoredImage(
        URI source, String hash, int width, int height, List<Integer> widths, Format format, Instant storedAt) {

    /** The file name of a copy: hash, width, extension ({@code 3fa…9c-320.jpg}). */
    static final Pattern FILE_NAME = Pattern.compile("([0-9a-f]{64})-([0-9]{1,4})\\.(jpg|png)");

    public StoredImage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(storedAt, "storedAt");
        if (hash == null || !hash.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("stored image of " + source + ": bad hash '" + hash + "'");
        if (width < 1 || height < 1)
            throw new IllegalArgumentException("stored image of " + source + ": bad size " + width + "x" + height);
        widths = List.copyOf(widths);
        if (widths.isEmpty()) throw new IllegalArgumentException("stored image of " + source + ": no copies");
    }

    /** The format of the scaled copies. */
    public enum Format {
        JPEG("jpg", "image/jpeg", "jpeg"),
        PNG("png", "image/png", "png");

        private final String extension;
        private final String mediaType;
        private final String writerName;

        Format(String extension, String mediaType, String writerName) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.writerName = writerName;
        }

        /** The file extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** The Content-Type to serve it with. */
        public String mediaType() {
            return mediaType;
        }

        /** The javax.imageio writer's format name. */
        String writerName() {
            return writerName;
        }

        /** The format with this file extension. */
        static Format ofExtension(String extension) {
            for (Format f : values()) if (f.extension.equals(extension)) return f;
            throw new IllegalArgumentException("no image format with extension '" + extension + "'");
        }
    }

    /** The file name of the copy {@code width} wide, as {@link ImageStore#file(String)} serves it. */
    public String fileName(int copyWidth) {
        if (!widths.contains(copyWidth))
            throw new IllegalArgumentException("no copy " + copyWidth + " px wide of " + source + ", only " + widths);
        return hash + "-" + copyWidth + "." + format.extension();
    }

    /** The height of the copy {@code copyWidth} wide, keeping the picture's proportions (at least 1). */
    public int heightAt(int copyWidth) {
        return Math.max(1, (int) Math.round((double) height * copyWidth / width));
    }

    /** The narrowest copy at least {@code wanted} pixels wide, else the widest there is. */
    public int widthFor(int wanted) {
        for (int w : widths) if (w >= wanted) return w;
        return widths.getLast();
    }
}
