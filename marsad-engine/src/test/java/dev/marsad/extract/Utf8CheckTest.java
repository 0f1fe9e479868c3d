package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check skips ASCII eight bytes at a time and still counts as a byte-by-byte walk does. */
class Utf8CheckTest {

    /** The definition, one byte at a time. */
    private static Utf8Check reference(byte[] bytes, int limit) {
        int n = Math.min(bytes.length, limit);
        int errors = 0;
        int multi = 0;
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80
                    ? 1
                    : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0) {
                errors++;
                i++;
                continue;
            }
            if (i + length > n) break;
            boolean valid = true;
            for (int k = 1; k < length; k++) if ((bytes[i + k] & 0xC0) != 0x80) valid = false;
            if (valid && length > 1) multi++;
            if (!valid) errors++;
            i += valid ? length : 1;
        }
        return new Utf8Check(errors, multi);
    }

    @Test
    void countsArabicLettersAsMultiByteSequences() {
        byte[] bytes = "<p>خبر عاجل</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Check.of(bytes, 1000)).isEqualTo(new Utf8Check(0, 7));
        assertThat(Utf8Check.of(bytes, 1000).isMultiByteUtf8()).isTrue();
    }

    @Test
    void countsRandomMixturesOfAsciiArabicAndBrokenBytesAsTheByteWalkDoes() {
        Random random = new Random(7);
        byte[] arabic = "قال".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(80)];
            for (int i = 0; i < bytes.length; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) bytes[i] = (byte) ('a' + random.nextInt(26));
                else if (kind < 9) bytes[i] = arabic[random.nextInt(arabic.length)];
                else bytes[i] = (byte) random.nextInt(256);
            }
            int limit = random.nextInt(90);
            assertThat(Utf8Check.of(bytes, limit)).as("round %d", round).isEqualTo(reference(bytes, limit));
        }
    }
}
