package dev.marsad.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of a labelled story set into a development part and a held-out part: a story is
 * held out when {@code sha1("marsad-holdout:" + storyId)}, read as a big-endian unsigned integer,
 * is below {@link #HELD_OUT_PERCENT} modulo 100. An article belongs to its story's part; a pair of
 * articles belongs to a part when both ends do. Tuning looks at the development part only.
 */
final class HeldOutSplit {

    /** The share of stories held out, in percent. */
    static final int HELD_OUT_PERCENT = 30;

    private static final String SALT = "marsad-holdout:";

    private HeldOutSplit() {}

    /** The two parts, in the order they are reported. */
    enum Part {
        DEVELOPMENT("development"),
        HELD_OUT("held-out");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    /** The part of the articles of this story. */
    static Part partOf(String storyId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((SALT + storyId).getBytes(StandardCharsets.UTF_8));
            int bucket = new BigInteger(1, digest).mod(BigInteger.valueOf(100)).intValue();
            return bucket < HELD_OUT_PERCENT ? Part.HELD_OUT : Part.DEVELOPMENT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
