package dev.marsad.fuzz;

import java.util.Locale;

/** A few article pages written for the fuzz targets that need an index to query. */
final class FuzzPages {

    static final int COUNT = 3;

    private static final String[] TITLES = {
        "افتتاح معرض الكتاب الدولي في الرياض بمشاركة ألف دار نشر",
        "ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج",
        "منتخب المغرب يتأهل إلى نصف نهائي كأس أفريقيا",
    };

    private static final String[] OPENINGS = {
        "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي في دورته الجديدة",
        "ارتفعت أسعار خام برنت في تعاملات اليوم بعد إعلان منظمة أوبك",
        "تأهل منتخب المغرب لكرة القدم إلى الدور نصف النهائي من البطولة",
    };

    private FuzzPages() {}

    /** Article page {@code i}, published on day {@code i + 1} of March 2024. */
    static String article(int i) {
        var body = new StringBuilder();
        for (int p = 0; p < 4; p++)
            body.append("<p>")
                    .append(OPENINGS[i])
                    .append("، وقال مسؤولون إن الحدث يشهد إقبالا واسعا من الجمهور والمتابعين في الفقرة ")
                    .append(p + 1)
                    .append(" من التقرير، على أن تتواصل الفعاليات طوال الأسبوع المقبل في عدد من المدن.</p>\n");
        // Locale.ROOT: %d in a default Arabic locale would write Eastern Arabic digits into the date
        return String.format(Locale.ROOT, """
                <!doctype html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s</title>
                <meta property="og:site_name" content="موقع التجربة"></head>
                <body><article><h1>%s</h1>
                <time datetime="2024-03-%02dT09:00:00Z">%d مارس 2024</time>
                %s</article></body></html>
                """, TITLES[i], TITLES[i], i + 1, i + 1, body);
    }
}
