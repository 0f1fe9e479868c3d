package dev.marsad.analyze;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Gzip'd binary files that start with a magic line naming what they hold (word vectors, character
 * language models): written with the folder created first, and read with a clear error when the
 * file is of another kind, not gzip, cut short, damaged (a decompression or checksum error, data
 * after the last field, a shape out of bounds).
 */
final class GzipBinary {

    private GzipBinary() {}

    /**
     * The most parameters (floats) one array read from a file may hold: far above any model Marsad
     * trains, low enough that a damaged shape is refused before it is allocated.
     */
    static final long MAX_PARAMETERS = 1L << 26;

    /** A file whose content contradicts itself: a shape out of bounds, data after the last field. */
    static final class Damaged extends IOException {
        Damaged(String detail) {
            super(detail);
        }
    }

    /**
     * Reads a count or a dimension, checking {@code 0 <= value <= max}.
     *
     * @param name what the value counts, for the message ("hidden units")
     * @throws Damaged when it is out of bounds
     */
    static int bounded(DataInputStream in, String name, int max) throws IOException {
        int value = in.readInt();
        if (value < 0 || value > max) throw new Damaged(name + " " + value + " outside 0.." + max);
        return value;
    }

    /**
     * The product of {@code factors} (each already checked non-negative), checked against {@link
     * #MAX_PARAMETERS} without overflowing.
     *
     * @throws Damaged when it exceeds it
     */
    static long parameters(String name, long... factors) throws Damaged {
        long product = 1;
        for (long f : factors) {
            if (f != 0 && product > MAX_PARAMETERS / f)
                throw new Damaged(name + " would hold more than " + MAX_PARAMETERS + " parameters");
            product *= f;
        }
        if (product > MAX_PARAMETERS)
            throw new Damaged(name + " would hold more than " + MAX_PARAMETERS + " parameters");
        return product;
    }

    /**
     * A starting capacity for a map of {@code count} entries read from a file: no more than a few
     * thousand, so that a damaged count runs into the file's end instead of allocating a huge table.
     */
    static int capacity(int count) {
        return Math.min(Math.max(count, 0), 1 << 12) * 2;
    }

    /**
     * Requires the end of {@code in} after the last field: reading on makes gzip check its trailer
     * (checksum and length), and data after the last field means the file is not what it claims.
     */
    static void requireEnd(DataInputStream in) throws IOException {
        if (in.read() != -1) throw new Damaged("data after the last field");
    }

    /** What follows the magic line, written. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** What follows the magic line, read. */
    interface Reading<T> {
        T read(DataInputStream in) throws IOException;
    }

    /**
     * Writes {@code magic} then {@code body} to {@code file}, creating its folder.
     *
     * @param what what the file holds, for the error message ("word vectors")
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    static void write(Path file, String magic, String what, Body body) {
        try {
            if (file.toAbsolutePath().getParent() != null)
                Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream raw = Files.newOutputStream(file);
                    var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
                out.writeUTF(magic);
                body.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " " + file, e);
        }
    }

    /**
     * Reads a file written by {@link #write} with the same {@code magic}.
     *
     * @throws IllegalArgumentException when the file holds no Marsad {@code what} (another magic
     *     line, not gzip) or is cut short
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    static <T> T read(Path file, String magic, String what, Reading<T> reading) {
        try (InputStream raw = Files.newInputStream(file);
                var in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            String found = in.readUTF();
            if (!found.equals(magic))
                throw new IllegalArgumentException(
                        file + " holds no Marsad " + what + " (starts with '" + found + "')");
            try {
                T value = reading.read(in);
                requireEnd(in);
                return value;
            } catch (ZipException | UTFDataFormatException | Damaged | IllegalArgumentException e) {
                // a decompression or checksum error, a string that is no UTF-8, parts that contradict
                throw damaged(file, what, e);
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " holds no Marsad " + what + " (not gzip)", e);
        } catch (UTFDataFormatException e) {
            throw new IllegalArgumentException(
                    file + " holds no Marsad " + what
                            + " (its magic line is no text: damaged, or another kind of file)",
                    e);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": " + what + " are truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
    }

    /**
     * The error for a file damaged after its magic line (a decompression or checksum error, a shape
     * out of bounds, data after the last field): {@code "FILE: damaged WHAT (DETAIL)"}.
     */
    static IllegalArgumentException damaged(Path file, String what, Exception e) {
        return new IllegalArgumentException(file + ": damaged " + what + " (" + e.getMessage() + ")", e);
    }
}
