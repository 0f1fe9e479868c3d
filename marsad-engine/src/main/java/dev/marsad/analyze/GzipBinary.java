package dev.marsad.analyze;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Gzip'd binary files that start with a magic line naming what they hold (word vectors, character
 * language models): written with the folder created first, and read with a clear error when the
 * file is of another kind, not gzip, or cut short.
 */
final class GzipBinary {

    private GzipBinary() {}

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
            return reading.read(in);
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " holds no Marsad " + what + " (not gzip)", e);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": " + what + " are truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
    }
}
