package dev.marsad.bench.arabic;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two parts of an evaluation set: the development part, whose errors may be read and tuned
 * against, and the unseen part, reported in aggregate only. An item belongs to the unseen part when
 * {@code sha1(salt + ":" + key)}, read as an unsigned big-endian number, falls below {@code percent}
 * modulo 100, so the split is fixed, needs no file and is the same on every machine.
 */
public enum EvaluationPart {
    DEVELOPMENT("development"),
    UNSEEN("unseen");

    private final String label;

    EvaluationPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The part of the item named {@code key} under a split named {@code salt}. */
    static EvaluationPart of(String salt, String key, int unseenPercent) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((salt + ":" + key).getBytes(StandardCharsets.UTF_8));
            int bucket = new BigInteger(1, digest).mod(BigInteger.valueOf(100)).intValue();
            return bucket < unseenPercent ? UNSEEN : DEVELOPMENT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }
}
