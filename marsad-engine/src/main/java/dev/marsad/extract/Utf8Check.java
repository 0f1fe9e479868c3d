package dev.marsad.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How well a byte sample reads as UTF-8: the number of invalid sequences and of valid multi-byte
 * ones. A trailing sequence cut by the sample end is not counted as invalid.
 */
record Utf8Check(int errors, int multiByte) {

    /** Valid UTF-8 with at least this many multi-byte sequences is UTF-8 whatever the label says. */
    private static final int MIN_MULTI_BYTE_EVIDENCE = 4;

    /** Reads eight bytes at once; the order does not matter for {@link #HIGH_BITS}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The top bit of each of eight bytes: zero for ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    static Utf8Check of(byte[] bytes, int limit) {
        int n = Math.min(bytes.length, limit);
        int errors = 0;
        int multi = 0;
        int i = 0;
        while (i < n) {
            if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES; // eight ASCII bytes: nothing to count
                continue;
            }
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

    /** Invalid sequences as a share of all non-ASCII ones (0 for pure ASCII). */
    double invalidShare() {
        int nonAscii = errors + multiByte;
        return nonAscii == 0 ? 0 : (double) errors / nonAscii;
    }

    boolean isMultiByteUtf8() {
        return errors == 0 && multiByte >= MIN_MULTI_BYTE_EVIDENCE;
    }
}
