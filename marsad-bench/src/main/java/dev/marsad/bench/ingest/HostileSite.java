package dev.marsad.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A publisher on 127.0.0.1 that serves what an attacker or a broken site would: script payloads in
 * every place a page can carry them, XML attacks and bombs in its listings, wrong and mixed
 * encodings, giant and deep pages, and links to an "internal" service. Every script payload, if it
 * ever ran in a reader's browser, would mark the document with {@value #MARK_ATTRIBUTE}; the
 * internal service counts the requests it gets.
 */
final class HostileSite implements AutoCloseable {

    /** The attribute a payload sets on {@code <html>} when it runs. */
    static final String MARK_ATTRIBUTE = "data-pwned";

    /** The site name every hostile page gives (og:site_name), to find its articles in the index. */
    static final String SITE_NAME = "موقع الاختبار العدائي";

    private static final String PUBLISHED = "2024-05-0%dT08:00:00Z";

    /** What a page or listing of the site is, and what it attacks. */
    record Case(String path, String kind, String attack, String contentType, byte[] body) {}

    /** The pages with unusual or broken encodings, by path, and the title each must come out as. */
    static final Map<String, String> ENCODED_TITLES = Map.of(
            "/news/encoding-stray-bytes", "نص بترميز سليم إلا أربعة بايتات",
            "/news/encoding-utf16", "صفحة بترميز يو تي إف ستة عشر",
            "/news/mislabelled-1256", "صفحة بترميز خاطئ في الترويسة");

    private final HttpServer server;
    private final HttpServer internal;
    private final ExecutorService executor;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final AtomicInteger internalRequests = new AtomicInteger();
    private final URI base;
    private final URI internalBase;

    private HostileSite(HttpServer server, HttpServer internal, ExecutorService executor) {
        this.server = server;
        this.internal = internal;
        this.executor = executor;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.internalBase =
                URI.create("http://127.0.0.1:" + internal.getAddress().getPort());
    }

    /** Starts the site and the internal service on free loopback ports. */
    static HostileSite start() {
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            HttpServer site = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
            HttpServer internal = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
            ExecutorService executor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("hostile-site-", 0).factory());
            var hostile = new HostileSite(site, internal, executor);
            hostile.addCases();
            site.createContext("/", hostile::serve);
            internal.createContext("/", hostile::serveInternal);
            site.setExecutor(executor);
            internal.setExecutor(executor);
            site.start();
            internal.start();
            return hostile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the hostile site on 127.0.0.1", e);
        }
    }

    URI base() {
        return base;
    }

    /** The cases, in the order they are listed. */
    List<Case> cases() {
        return List.copyOf(cases.values());
    }

    URI url(Case c) {
        return base.resolve(c.path());
    }

    /** Requests the internal service received: any is a server-side request forgery that worked. */
    int internalRequests() {
        return internalRequests.get();
    }

    /** The sources file: the site's article feed, and each hostile listing as a feed or sitemap of its own. */
    String sourcesJson() {
        var feeds = new ArrayList<String>();
        var sitemaps = new ArrayList<String>();
        for (Case c : cases.values()) {
            if (c.kind().equals("feed")) feeds.add("\"" + url(c) + "\"");
            if (c.kind().equals("sitemap")) sitemaps.add("\"" + url(c) + "\"");
        }
        return fmt("""
                {"sources": [{"id": "hostile", "name": "%s", "feeds": [%s], "sitemaps": [%s], "startPages": [], "delayMillis": 0}]}
                """, SITE_NAME, String.join(", ", feeds), String.join(", ", sitemaps));
    }

    @Override
    public void close() {
        server.stop(0);
        internal.stop(0);
        executor.shutdownNow();
    }

    // ---- the cases ----

    private void addCases() {
        String mark = "document.documentElement.setAttribute('" + MARK_ATTRIBUTE + "','%s')";
        page(
                "xss-title",
                "script tags in the headline (as text)",
                article("&lt;script&gt;" + fmt(mark, "title") + "&lt;/script&gt; عنوان بنص برمجي", "", body(1), 1));
        page(
                "xss-attribute",
                "quotes that would break out of an attribute",
                article("\"><img src=x onerror=\"" + fmt(mark, "attr") + "\"> عنوان يكسر السمة '", "", body(2), 2));
        page(
                "xss-body-tags",
                "img onerror, svg onload and inline script in the body",
                article(
                        "صور ونصوص برمجية في المتن",
                        "",
                        "<p>فقرة أولى فيها صورة <img src=\"/missing.png\" onerror=\"" + fmt(mark, "img")
                                + "\"> وتكملة للنص"
                                + " الذي يتحدث عن افتتاح معرض الكتاب.</p><svg onload=\"" + fmt(mark, "svg")
                                + "\"></svg>"
                                + "<script>" + fmt(mark, "inline") + "</script>" + body(3),
                        3));
        page(
                "xss-links",
                "javascript: and data: URLs in links, embeds, images and the canonical link",
                article(
                        "روابط خبيثة في الصفحة",
                        "<link rel=\"canonical\" href=\"javascript:" + fmt(mark, "canonical") + "\">"
                                + "<meta property=\"og:image\" content=\"javascript:" + fmt(mark, "ogimage")
                                + "\">",
                        "<p><a href=\"javascript:" + fmt(mark, "link")
                                + "\">اقرأ المزيد عن الخبر</a> في هذه الفقرة"
                                + " التي تشرح تفاصيل القرار الجديد.</p>"
                                + "<iframe src=\"javascript:" + fmt(mark, "iframe") + "\"></iframe>"
                                + "<iframe src=\"data:text/html,&lt;script&gt;parent." + fmt(mark, "data")
                                + "&lt;/script&gt;\"></iframe>"
                                + "<blockquote class=\"twitter-tweet\"><a href=\"javascript:" + fmt(mark, "tweet")
                                + "\">تغريدة</a></blockquote>" + body(4),
                        4));
        page(
                "xss-jsonld",
                "a JSON-LD headline that closes the script element",
                article(
                        "عنوان من البيانات المنظمة",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"</script><script>"
                                + fmt(mark, "jsonld") + "</script>\",\"datePublished\":\"" + fmt(PUBLISHED, 5)
                                + "\"}</script>",
                        body(5),
                        5));
        page(
                "bidi-controls",
                "a right-to-left override and C0 controls in the headline",
                article("عنوان \u202Eمعكوس\u202C مع محارف \u0001 تحكم \u0007", "", body(6), 6));
        page(
                "long-word",
                "a word longer than Lucene's term limit",
                article("كلمة طويلة جدا", "", "<p>" + "ب".repeat(40_000) + "</p>" + body(7), 7));
        byte[] stray =
                article("نص بترميز سليم إلا أربعة بايتات", "", body(8), 8).getBytes(StandardCharsets.UTF_8);
        byte[] withStray = new byte[stray.length + 4];
        int cut = stray.length / 2;
        cut = nextParagraph(stray, cut);
        System.arraycopy(stray, 0, withStray, 0, cut);
        withStray[cut] = (byte) 0xC3;
        withStray[cut + 1] = (byte) 0x28;
        withStray[cut + 2] = (byte) 0xFF;
        withStray[cut + 3] = (byte) 0xFE;
        System.arraycopy(stray, cut, withStray, cut + 4, stray.length - cut);
        add(new Case(
                "/news/encoding-stray-bytes",
                "page",
                "a UTF-8 page with four invalid bytes",
                "text/html; charset=utf-8",
                withStray));
        add(new Case(
                "/news/encoding-utf16",
                "page",
                "UTF-16 with a byte-order mark and no charset anywhere",
                "text/html",
                utf16(article("صفحة بترميز يو تي إف ستة عشر", "", body(9), 9)
                        .replace("<meta charset=\"utf-8\">", ""))));
        add(new Case(
                "/news/mislabelled-1256",
                "page",
                "windows-1256 bytes served as UTF-8",
                "text/html; charset=utf-8",
                article("صفحة بترميز خاطئ في الترويسة", "", body(10), 1)
                        .replace("<meta charset=\"utf-8\">", "")
                        .getBytes(Charset.forName("windows-1256"))));
        var giant = new StringBuilder();
        for (int i = 0; i < 40_000; i++)
            giant.append("<p>فقرة قصيرة ").append(i).append("</p>");
        page("giant", "6 MB of 40,000 short paragraphs", article("صفحة عملاقة", "", giant.toString(), 2));
        page(
                "deep",
                "20,000 nested elements around the article",
                article("صفحة عميقة", "", "<div>".repeat(20_000) + body(11) + "</div>".repeat(20_000), 3));
        add(new Case("/news/binary", "page", "random bytes served as HTML", "text/html", noise(200_000)));
        add(new Case("/news/empty", "page", "an empty 200 answer", "text/html; charset=utf-8", new byte[0]));
        page(
                "ssrf-internal-link",
                "links to the internal service inside a page",
                article(
                        "رابط داخلي",
                        "<link rel=\"canonical\" href=\"" + internalBase + "/secret-canonical\">",
                        "<p><a href=\"" + internalBase + "/secret-link\">رابط</a> في فقرة عن القرار.</p>" + body(12),
                        4));

        // the listing of all pages above, plus links to the internal service under other spellings
        var items = new StringBuilder();
        for (Case c : List.copyOf(cases.values())) item(items, url(c).toString());
        int port = internal.getAddress().getPort();
        for (String host :
                List.of("127.0.0.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::1]", "localhost"))
            item(items, "http://" + host + ":" + port + "/secret");
        item(items, "http://169.254.169.254/latest/meta-data/");
        add(new Case(
                "/feed.xml",
                "feed",
                "the article feed, with internal addresses among its items",
                "application/rss+xml; charset=utf-8",
                rss(items.toString()).getBytes(StandardCharsets.UTF_8)));

        add(new Case(
                "/xxe.xml",
                "feed",
                "an external entity reading /etc/passwd",
                "application/rss+xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title><link>"
                                + base + "/news/xxe</link></item></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8)));
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++)
            laughs.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        laughs.append("]><rss version=\"2.0\"><channel><title>&l10;</title></channel></rss>");
        add(new Case(
                "/laughs.xml",
                "feed",
                "a billion laughs",
                "application/rss+xml",
                laughs.toString().getBytes(StandardCharsets.UTF_8)));
        add(new Case(
                "/control.xml",
                "feed",
                "a U+0001 control character in an item title",
                "application/rss+xml",
                rss("<item><title>عنوان\u0001</title><link>" + base + "/news/control</link></item>")
                        .getBytes(StandardCharsets.UTF_8)));
        var many = new StringBuilder();
        for (int i = 0; i < 60_000; i++) item(many, base + "/many/" + i);
        add(new Case(
                "/many.xml",
                "feed",
                "60,000 items (the limit is 50,000)",
                "application/rss+xml",
                rss(many.toString()).getBytes(StandardCharsets.UTF_8)));
        add(new Case("/bomb.xml.gz", "sitemap", "a gzip bomb: 1 GB unpacked", "application/gzip", gzipBomb()));
        add(new Case("/garbage-sitemap.xml", "sitemap", "random bytes as a sitemap", "application/xml", noise(50_000)));
    }

    private static void item(StringBuilder items, String link) {
        items.append("<item><title>خبر</title><link>")
                .append(link.replace("&", "&amp;"))
                .append("</link><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate></item>\n");
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + SITE_NAME
                + "</title><link>http://127.0.0.1/</link>" + items + "</channel></rss>";
    }

    private void page(String name, String attack, String html) {
        add(new Case(
                "/news/" + name, "page", attack, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    private void add(Case c) {
        cases.put(c.path(), c);
    }

    /** An article page; {@code title} and {@code head} are HTML as written, the body is trusted markup. */
    private static String article(String title, String head, String body, int day) {
        return fmt("""
                <!doctype html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s</title>
                <meta property="og:site_name" content="%s">
                <meta property="article:published_time" content="%s">%s</head>
                <body><article><h1>%s</h1><time datetime="%s">مايو 2024</time>
                %s</article></body></html>
                """, title, SITE_NAME, fmt(PUBLISHED, day), head, title, fmt(PUBLISHED, day), body);
    }

    /** Topics of the ordinary paragraphs: each page gets its own, so that none is a copy of another. */
    private static final List<String> TOPICS = List.of(
            "افتتاح مستشفى جديد للأطفال في المدينة الساحلية",
            "ارتفاع أسعار القمح في الأسواق المحلية هذا الشهر",
            "فوز فريق الجامعة ببطولة المناظرات الإقليمية",
            "إطلاق قمر صناعي لرصد الطقس والمناخ",
            "ترميم القلعة التاريخية في وسط البلدة القديمة",
            "توقيع اتفاقية لتحلية مياه البحر بالطاقة الشمسية",
            "افتتاح مهرجان السينما العربية بمشاركة عشرين فيلما",
            "تراجع معدلات البطالة بين الشباب في الربع الأخير",
            "اكتشاف موقع أثري يعود إلى العصر البرونزي",
            "تمديد خط المترو إلى الضواحي الشمالية",
            "حملة وطنية لزراعة مليون شجرة قبل الصيف",
            "انطلاق معرض الصناعات الغذائية بمشاركة مئات الشركات");

    /** Four ordinary paragraphs on topic {@code n}, so that a page is an article and not a stub. */
    private static String body(int n) {
        String topic = TOPICS.get(n % TOPICS.size());
        var body = new StringBuilder();
        String[] details = {
            "وقال المسؤولون إن " + topic + " يأتي ضمن خطة أعلنت العام الماضي.",
            "وأوضح التقرير أن العمل في مشروع " + topic + " استغرق أكثر من سنتين.",
            "ورحب السكان بخبر " + topic + " وعبروا عن أملهم في نتائج سريعة.",
            "ومن المنتظر أن تنشر الجهات المعنية تفاصيل " + topic + " الأسبوع المقبل."
        };
        for (String detail : details)
            body.append("<p>").append(topic).append(". ").append(detail).append("</p>\n");
        return body.toString();
    }

    private static int nextParagraph(byte[] html, int from) {
        for (int i = from; i + 3 < html.length; i++)
            if (html[i] == '<' && html[i + 1] == 'p' && html[i + 2] == '>') return i + 3;
        return from;
    }

    private static byte[] utf16(String html) {
        byte[] text = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        return withBom;
    }

    /** Seeded noise: the same bytes every run. */
    private static byte[] noise(int length) {
        var random = new java.util.Random(length);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A valid sitemap start, then 1 GB of spaces inside the first URL: about 1 MB on the wire. */
    private static byte[] gzipBomb() {
        var packed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(packed, 1 << 16)) {
            gzip.write(
                    ("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1024; i++) gzip.write(spaces);
            gzip.write("</loc></url></urlset>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    // ---- serving ----

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Case c = cases.get(exchange.getRequestURI().getPath());
            if (c == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", c.contentType());
            exchange.sendResponseHeaders(200, c.body().length == 0 ? -1 : c.body().length);
            if (c.body().length > 0) exchange.getResponseBody().write(c.body());
        }
    }

    private void serveInternal(HttpExchange exchange) throws IOException {
        try (exchange) {
            internalRequests.incrementAndGet();
            byte[] secret = "<html><body><article><h1>سر داخلي</h1><p>INTERNAL-SECRET-42</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, secret.length);
            exchange.getResponseBody().write(secret);
        }
    }

    /** {@link String#format} with {@link Locale#ROOT}: the pages' numbers never depend on the machine's locale. */
    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
