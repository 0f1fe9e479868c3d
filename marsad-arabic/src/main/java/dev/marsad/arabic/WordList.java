package dev.marsad.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A list of words read from a classpath resource: one word per line, {@code #} starts a comment,
 * blank lines ignored. Every word is passed through {@link ArabicNormalizer#SEARCH}, so a list
 * written in plain spelling still matches normalised words.
 */
public final class WordList {

    private WordList() {}

    /**
     * The words of {@code resource}, looked up relative to {@code owner}, in file order.
     *
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static Set<String> load(Class<?> owner, String resource) {
        Objects.requireNonNull(owner, "owner");
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list '" + resource + "' not found next to " + owner.getName());
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var words = new LinkedHashSet<String>();
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(ArabicNormalizer.SEARCH.normalize(word));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list '" + resource + "'", e);
        }
    }
}
