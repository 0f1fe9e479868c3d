package dev.marsad.arabic.date;

import java.time.temporal.ChronoUnit;

/** How precise a resolved date is: the unit of the interval it stands for. */
public enum Grain {
    SECOND(ChronoUnit.SECONDS),
    MINUTE(ChronoUnit.MINUTES),
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS),
    MONTH(ChronoUnit.MONTHS),
    YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Grain(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The java.time unit of one grain. */
    public ChronoUnit unit() {
        return unit;
    }

    static Grain of(ChronoUnit unit) {
        for (Grain g : values()) if (g.unit == unit) return g;
        throw new IllegalArgumentException("no grain for unit " + unit);
    }
}
