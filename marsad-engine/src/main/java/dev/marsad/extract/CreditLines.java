package dev.marsad.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a picture credit set as a line of its own ("Beitragsbild: Titelseite der FAZ", "Photo
 * source: Jane Doe from Pexels", "Photo by … on Unsplash", "الصورة: رويترز", "تصوير: …"): a word
 * for the picture, then a colon, "via", "by" or "von". The credit belongs to a picture, not to the
 * text; a sentence that starts with "Photos" and goes on is longer than a credit line or has no
 * such joint.
 */
final class CreditLines {

    /** A credit line is at most this long. */
    static final int MAX_CREDIT_CHARS = 150;

    /** Words for the picture, in English, German, French and Spanish, then the joint. */
    private static final Pattern CREDIT = Pattern.compile("^(?:(?:featured|header|cover|title|lead|top)\\s+)?"
            + "(?:photo|image|picture|foto|bild|beitragsbild|titelbild|aufmacherbild|headerbild|bildquelle|fotoquelle"
            + "|cr\u00e9dit photo|foto de portada)s?"
            + "(?:\\s+(?:source|credits?|quelle|nachweis))?"
            + "\\s*(?::|\\bvia\\b|\\bby\\b|\\bvon\\b)"
            // الصورة / صورة / الصور / تصوير / مصدر الصورة, then a colon or a dash
            + "|^(?:\u0627\u0644\u0635\u0648\u0631\u0629|\u0635\u0648\u0631\u0629|\u0627\u0644\u0635\u0648\u0631"
            + "|\u062a\u0635\u0648\u064a\u0631|\u0645\u0635\u062f\u0631 \u0627\u0644\u0635\u0648\u0631\u0629)"
            + "\\s*[:\\-\u2013]");

    private CreditLines() {}

    /** True when {@code text} is a short line crediting a picture. */
    static boolean isCredit(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_CREDIT_CHARS) return false;
        return CREDIT.matcher(t.toLowerCase(Locale.ROOT)).find();
    }
}
