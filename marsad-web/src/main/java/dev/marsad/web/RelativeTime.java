package dev.marsad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Properties;

/**
 * Arabic relative times: "الآن", "منذ دقيقتين", "منذ 3 ساعات", "أمس". The words live in {@code
 * relative-time.properties}; the count decides the word as Arabic grammar does (1, 2, 3–10, 11+).
 * Digits are Western, as everywhere on the site.
 */
final class RelativeTime {

    /** The units a relative time is counted in, finest first. */
    enum Unit {
        MINUTE,
        HOUR,
        DAY
    }

    private final Properties words;

    private RelativeTime(Properties words) {
        this.words = words;
    }

    /** The words of the site, read once from the jar. */
    static RelativeTime arabic() {
        return Holder.ARABIC;
    }

    /** A word of the resource file, such as "now", "today", "yesterday", "zone", "hijri.era". */
    String word(String key) {
        String w = words.getProperty(key);
        if (w == null) throw new IllegalStateException("relative-time.properties has no word '" + key + "'");
        return w;
    }

    /**
     * How long ago {@code elapsed} was, in the largest unit that is at least 1: under a minute
     * "الآن", then minutes, hours and days ("منذ يومين").
     *
     * @throws IllegalArgumentException when {@code elapsed} is negative (a time in the future)
     */
    String ago(Duration elapsed) {
        if (elapsed.isNegative()) throw new IllegalArgumentException("a time in the future is not ago: " + elapsed);
        if (elapsed.compareTo(ChronoUnit.MINUTES.getDuration()) < 0) return word("now");
        if (elapsed.compareTo(ChronoUnit.HOURS.getDuration()) < 0) return ago(elapsed.toMinutes(), Unit.MINUTE);
        if (elapsed.compareTo(ChronoUnit.DAYS.getDuration()) < 0) return ago(elapsed.toHours(), Unit.HOUR);
        return ago(elapsed.toDays(), Unit.DAY);
    }

    /** "منذ" and the count of units: 1 → "منذ ساعة", 2 → "منذ ساعتين", 5 → "منذ 5 ساعات". */
    String ago(long count, Unit unit) {
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
        String prefix = unit.name().toLowerCase(Locale.ROOT) + ".";
        String phrase = switch (plural(count)) {
            case ONE -> word(prefix + "one");
            case TWO -> word(prefix + "two");
            case FEW -> count + " " + word(prefix + "few");
            case MANY -> count + " " + word(prefix + "many");
        };
        return word("ago") + " " + phrase;
    }

    private enum Plural {
        ONE,
        TWO,
        FEW,
        MANY
    }

    /** CLDR's Arabic plural categories for whole numbers from 1: one, two, few (n % 100 in 3..10), many. */
    private static Plural plural(long n) {
        if (n == 1) return Plural.ONE;
        if (n == 2) return Plural.TWO;
        long rest = n % 100;
        return rest >= 3 && rest <= 10 ? Plural.FEW : Plural.MANY;
    }

    /** Loaded on first use; the file is part of the jar, so its absence is a build error. */
    private static final class Holder {
        static final RelativeTime ARABIC = new RelativeTime(load());

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = RelativeTime.class.getResourceAsStream("relative-time.properties")) {
                if (in == null)
                    throw new IllegalStateException("missing resource dev/marsad/web/relative-time.properties");
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dev/marsad/web/relative-time.properties", e);
            }
            return p;
        }
    }
}
