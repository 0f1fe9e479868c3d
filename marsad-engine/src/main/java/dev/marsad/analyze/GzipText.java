package dev.marsad.analyze;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** UTF-8 text in gzip files: the trained models' files and the corpora they are learnt from. */
final class GzipText {

    private GzipText() {}

    /** A writer of {@code file}, its folder created first. */
    static BufferedWriter writer(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        return new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
    }

    /** A reader of {@code file}. */
    static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
    }
}
