package dev.marsad.analyze;

/**
 * Marsad's own sections; every article gets one, whatever its publisher calls its section, and
 * {@link #UNKNOWN} when neither the publisher nor the text says it with confidence.
 */
public enum Section {
    POLITICS("سياسة"),
    ECONOMY("اقتصاد"),
    SPORTS("رياضة"),
    TECHNOLOGY("تكنولوجيا"),
    HEALTH("صحة"),
    CULTURE("ثقافة"),
    SOCIETY("مجتمع"),
    ENVIRONMENT("بيئة وطقس"),
    WORLD("دولي"),
    OTHER("منوعات"),
    /** Nothing confident: no publisher signal and no confident classification of the text. */
    UNKNOWN("غير مصنف");

    private final String arabicName;

    Section(String arabicName) {
        this.arabicName = arabicName;
    }

    /** The Arabic label shown to readers. */
    public String arabicName() {
        return arabicName;
    }

    /** Whether this is a real section (not {@link #UNKNOWN}), one a reader can browse. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
