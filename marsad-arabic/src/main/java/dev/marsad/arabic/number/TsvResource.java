package dev.marsad.arabic.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated word table shipped next to this package ('#' starts a comment line). */
final class TsvResource {

    private TsvResource() {}

    /** The rows of a resource, each split at tabs, first column folded; blank and comment lines skipped. */
    static List<String[]> read(String name, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("word table " + name + " is missing from the jar");
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns)
                    throw new IllegalStateException(
                            "word table " + name + ": expected " + columns + " columns in '" + line + "'");
                cells[0] = TokenScanner.fold(cells[0].strip());
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word table " + name, e);
        }
    }
}
