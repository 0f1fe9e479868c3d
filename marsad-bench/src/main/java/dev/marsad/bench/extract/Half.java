package dev.marsad.bench.extract;

import java.util.Locale;

/**
 * Which pages of a set an evaluation reads: all, or one of two fixed halves by a hash of the page
 * id. Rules are written while reading half A and checked on half B.
 */
enum Half {
    ALL,
    A,
    B;

    /** The half named by "all", "a" or "b" (any case). */
    static Half of(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    boolean keeps(String id) {
        if (this == ALL) return true;
        boolean a = Math.floorMod(("half:" + id).hashCode(), 2) == 0;
        return a == (this == A);
    }

    /** Reads a --half option with {@link #of}: "A" and "a" both work, "c" is a usage error. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<Half> {
        @Override
        public Half convert(String value) {
            return of(value);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
