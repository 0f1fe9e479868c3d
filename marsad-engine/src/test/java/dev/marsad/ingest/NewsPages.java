package dev.marsad.ingest;

import dev.marsad.crawl.Capture;
import dev.marsad.crawl.Hints;
import dev.marsad.crawl.Page;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Captures of news pages written for these tests: several events, each reported by several
 * publishers over two days, some reports republished word for word under another headline, and a
 * few pages that are not articles.
 */
final class NewsPages {

    private NewsPages() {}

    /** The events: a headline and paragraphs that reports of it share. */
    private static final List<List<String>> EVENTS = List.of(
            List.of(
                    "هدنة في إقليم ناغورنو كاراباخ بعد يوم من القتال",
                    "أعلنت وزارة الدفاع الأذربيجانية وقف العمليات العسكرية في إقليم ناغورنو كاراباخ بعد يوم من القتال العنيف.",
                    "وقالت الوزارة إن ممثلي الطرفين سيلتقون في مدينة يفلاخ لبحث إعادة دمج الإقليم بحضور قوات حفظ السلام.",
                    "وأفادت مصادر محلية بأن نحو ألفي شخص غادروا القرى القريبة من خطوط التماس خلال الساعات الماضية."),
            List.of(
                    "انهيار سد في وادي الرمال يغمر ثلاث قرى",
                    "انهار سد ترابي قديم في وادي الرمال فجر اليوم بعد أمطار غزيرة استمرت يومين متتاليين.",
                    "وقالت فرق الدفاع المدني إنها أجلت نحو ستمئة شخص إلى مدارس المدينة وتواصل البحث عن مفقودين.",
                    "وطالب سكان المنطقة منذ سنوات بصيانة السد الذي بني قبل أكثر من خمسين عاما دون جدوى."),
            List.of(
                    "المصرف المركزي يبقي سعر الفائدة دون تغيير",
                    "أبقى المصرف المركزي سعر الفائدة الرئيسي عند مستواه الحالي في اجتماعه الشهري أمس.",
                    "وقال المحافظ إن المصرف سيراقب أسعار الغذاء والطاقة قبل أي قرار جديد خلال الأشهر المقبلة.",
                    "وتوقع محللون أن يبدأ خفض الفائدة في الربع الأول من العام المقبل إذا واصل التضخم تراجعه."),
            List.of(
                    "افتتاح معرض الكتاب في دورته العشرين بمشاركة ألف دار نشر",
                    "افتتح معرض الكتاب دورته العشرين بمشاركة أكثر من ألف دار نشر من ثلاثين دولة وسط إقبال كبير.",
                    "ويستمر المعرض عشرة أيام وتقام على هامشه ندوات وأمسيات شعرية وورش للأطفال في القاعات.",
                    "وقالت إدارة المعرض إن عدد الزوار في اليوم الأول تجاوز أربعين ألف زائر من مختلف المدن."));

    private static final List<String> PUBLISHERS = List.of("الرائد", "المدار", "صدى الأرز");

    /** Every capture, in a fixed order: for each event, each publisher's report, then a copy. */
    static List<Capture> all() {
        var captures = new ArrayList<Capture>();
        Instant day = Instant.parse("2026-11-20T08:00:00Z");
        for (int e = 0; e < EVENTS.size(); e++) {
            List<String> event = EVENTS.get(e);
            for (int p = 0; p < PUBLISHERS.size(); p++) {
                String host = "site" + p + ".example";
                Instant at = day.plusSeconds(3600L * (e * 5 + p));
                List<String> paragraphs = new ArrayList<>(event.subList(1, event.size()));
                // Each publisher adds a sentence of its own, so reports are similar, not copies.
                paragraphs.add("وقال مراسل " + PUBLISHERS.get(p) + " إن " + event.getFirst()
                        + " أثار ردود فعل واسعة رقم " + (e * 10 + p) + ".");
                captures.add(
                        capture(host, "/news/" + e + "-" + p, PUBLISHERS.get(p), event.getFirst(), at, paragraphs));
            }
            // A republished copy under another headline, on a fourth site.
            List<String> copied = new ArrayList<>(event.subList(1, event.size()));
            copied.add("وقال مراسل " + PUBLISHERS.getFirst() + " إن " + event.getFirst() + " أثار ردود فعل واسعة رقم "
                    + (e * 10) + ".");
            captures.add(capture(
                    "mirror.example",
                    "/copy/" + e,
                    "المرآة",
                    "عاجل: " + event.getFirst(),
                    day.plusSeconds(3600L * (e * 5 + 4)),
                    copied));
        }
        captures.add(notAnArticle());
        return captures;
    }

    static Capture capture(
            String host, String path, String site, String title, Instant published, List<String> paragraphs) {
        var html = new StringBuilder(
                        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title><meta property=\"og:site_name\" content=\"")
                .append(site)
                .append("\"><meta property=\"article:published_time\" content=\"")
                .append(published)
                .append("\"></head><body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>")
                .append(title)
                .append("</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        html.append("</article><footer>جميع الحقوق محفوظة</footer></body></html>");
        return capture(URI.create("http://" + host + path), html.toString(), published.plusSeconds(60));
    }

    static Capture capture(URI url, String html, Instant fetchedAt) {
        var page = new Page(
                url,
                200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                html.getBytes(StandardCharsets.UTF_8),
                fetchedAt);
        return new Capture(page, "test", Optional.empty(), Hints.NONE, Optional.empty());
    }

    /** A section front: links, no article. */
    static Capture notAnArticle() {
        var html = new StringBuilder(
                "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>أخبار محلية</title></head><body><ul>");
        for (int i = 0; i < 30; i++)
            html.append("<li><a href=\"/news/")
                    .append(i)
                    .append("\">خبر رقم ")
                    .append(i)
                    .append(" عن المدينة</a></li>");
        html.append("</ul></body></html>");
        return capture(
                URI.create("http://site0.example/section/local"),
                html.toString(),
                Instant.parse("2026-11-20T08:00:00Z"));
    }
}
