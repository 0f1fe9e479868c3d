package dev.marsad.analyze;

/** Marsad's own sections; every article gets one, whatever its publisher calls its section. */
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
    OTHER("منوعات");

    private final String arabicName;

    Section(String arabicName) {
        this.arabicName = arabicName;
    }

    /** The Arabic label shown to readers. */
    public String arabicName() {
        return arabicName;
    }
}
