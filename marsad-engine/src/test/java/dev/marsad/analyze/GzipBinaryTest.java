package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged model files (word vectors, character language models, NER models) are refused with a
 * clear error naming the file: cut short, a byte changed, data after the last field, a shape that
 * would overflow. Never a wrong model, an out-of-memory error or a negative array size.
 */
class GzipBinaryTest {

    @TempDir
    Path dir;

    private Path wordVectors() {
        var vectors = new WordVectors(
                3,
                Map.of("باب", new float[] {1, 0, 0}, "دار", new float[] {0, 1, 0}, "جد", new float[] {0, 0, 1}),
                Map.of("باب", new float[] {1, 1, 0}));
        Path file = dir.resolve("vectors.bin.gz");
        vectors.write(file);
        return file;
    }

    private Path characterModels() {
        String alphabet = "ابتدر";
        int size = ContextualCharVectors.size(alphabet);
        var vectors = new ContextualCharVectors(
                alphabet, CharLanguageModel.initial(size, 4, 1), CharLanguageModel.initial(size, 4, 2));
        Path file = dir.resolve("charlm.bin.gz");
        vectors.write(file);
        return file;
    }

    /** The format-5 fixture, and the same model written again by this Marsad (format 6). */
    private Path nerModel(boolean rewritten) throws IOException {
        Path file = dir.resolve("ner-format5.model");
        if (!Files.exists(file))
            try (var in = GzipBinaryTest.class.getResourceAsStream("/analyze/ner-format5.model")) {
                Files.copy(in, file);
            }
        if (!rewritten) return file;
        Path again = dir.resolve("ner-format6.model");
        NerModel.read(file).write(again);
        return again;
    }

    /** Reads {@code file} after {@code damage}, expecting a clear error naming it. */
    private void assertRefused(Path file, byte[] damaged, Function<Path, ?> read, String... anyOf) throws IOException {
        Path copy = dir.resolve("damaged-" + file.getFileName());
        Files.write(copy, damaged);
        Throwable thrown = catchThrowable(() -> read.apply(copy));
        assertThat(thrown)
                .as("%s, caused by %s", thrown, thrown == null ? null : thrown.getCause())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(copy.toString());
        assertThat(thrown.getMessage()).containsAnyOf(anyOf);
    }

    /** Cuts the file at several offsets and changes a byte at several offsets (past the timestamp). */
    private void assertDamageRefused(Path file, Function<Path, ?> read) throws IOException {
        read.apply(file); // the undamaged file reads
        byte[] bytes = Files.readAllBytes(file);
        int n = bytes.length;
        for (int cut : new int[] {1, 12, n / 3, n / 2, n - 9, n - 4, n - 1})
            assertRefused(file, java.util.Arrays.copyOf(bytes, cut), read, "truncated", "damaged", "not gzip");
        for (int at : new int[] {0, 12, n / 4, n / 2, 3 * n / 4}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x55;
            assertRefused(file, flipped, read, "truncated", "damaged", "not gzip");
        }
        // the whole content read, only gzip's trailer (checksum, then length) wrong: found because
        // reading goes on to the end of the stream
        for (int at : new int[] {n - 8, n - 2}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x55;
            assertRefused(file, flipped, read, "damaged");
        }
        // the content cut inside gzip's trailer
        assertRefused(file, java.util.Arrays.copyOf(bytes, n - 3), read, "truncated");
    }

    /** The file's content with {@code extra} appended, gzip'd again (a valid gzip of a wrong model). */
    private static byte[] withTrailingData(Path file, byte[] extra) throws IOException {
        byte[] content;
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            content = in.readAllBytes();
        }
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(content);
            gz.write(extra);
        }
        return out.toByteArray();
    }

    @Test
    void damagedWordVectorsAreRefused() throws IOException {
        Path file = wordVectors();
        assertDamageRefused(file, WordVectors::read);
        assertRefused(
                file, withTrailingData(file, new byte[] {1}), WordVectors::read, "damaged word vectors (data after");
    }

    @Test
    void damagedCharacterModelsAreRefused() throws IOException {
        Path file = characterModels();
        assertDamageRefused(file, ContextualCharVectors::read);
        assertRefused(
                file,
                withTrailingData(file, new byte[] {0, 0}),
                ContextualCharVectors::read,
                "damaged character language models (data after");
    }

    @Test
    void damagedNerModelsAreRefusedInBothFormats() throws IOException {
        for (boolean rewritten : new boolean[] {false, true}) {
            Path file = nerModel(rewritten);
            assertDamageRefused(file, NerModel::read);
            assertRefused(
                    file, withTrailingData(file, new byte[] {7}), NerModel::read, "damaged NER model (data after");
        }
    }

    @Test
    void aCharacterModelShapeThatWouldOverflowIsRefusedBeforeAllocating() throws IOException {
        // 65,537 characters by 1,024 hidden units: each number within its bound, their product
        // (4 × 65,537 × 1,024 parameters) beyond: refused from the two numbers, before any array is made.
        assertRefused(
                characterModels(),
                characterModelsOfShape(Character.MAX_VALUE + 2, CharLanguageModel.MAX_HIDDEN),
                ContextualCharVectors::read,
                "damaged character language models (character model would hold more than");
        assertRefused(
                characterModels(),
                characterModelsOfShape(5, -3),
                ContextualCharVectors::read,
                "damaged character language models (hidden units -3 outside");
        assertRefused(
                characterModels(),
                characterModelsOfShape(Integer.MAX_VALUE, 8),
                ContextualCharVectors::read,
                "damaged character language models (characters 2147483647 outside");
    }

    /** A character-models file whose first model claims {@code chars} by {@code hidden}, then ends. */
    private byte[] characterModelsOfShape(int chars, int hidden) throws IOException {
        String magic = magicOf(characterModels());
        var file = new ByteArrayOutputStream();
        try (var gz = new DataOutputStream(new GZIPOutputStream(file))) {
            gz.writeUTF(magic);
            gz.writeBoolean(true);
            gz.writeUTF("ابت");
            gz.writeInt(chars);
            gz.writeInt(hidden);
        }
        return file.toByteArray();
    }

    private static String magicOf(Path file) throws IOException {
        try (var in = new java.io.DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            return in.readUTF();
        }
    }
}
