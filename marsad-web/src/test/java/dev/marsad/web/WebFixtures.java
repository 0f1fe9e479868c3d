package dev.marsad.web;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.DateMention;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.extract.TimePrecision;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A small newsroom for the web tests, written for them: a ceasefire story told by three
 * publishers (one a copy), a related story about other talks, a run of economy articles for
 * paging, and one article whose text tries to inject markup.
 */
final class WebFixtures {

    static final String CEASEFIRE_ID = "karabakh-ceasefire";
    static final String COPY_ID = "karabakh-ceasefire-copy";
    static final String SECOND_DAY_ID = "karabakh-second-round";
    static final String TALKS_ID = "riyadh-talks";
    static final String HOSTILE_ID = "hostile-markup";
    static final String CEASEFIRE_STORY = "story-karabakh";
    static final String TALKS_STORY = "story-riyadh";
    static final String WHEAT_STORY = "story-wheat";
    /** A story id the link stage merged into the ceasefire story. */
    static final String MERGED_STORY = "story-karabakh-early";
    /** The storyline of the ceasefire and the talks. */
    static final String STORYLINE = "line-ceasefire";

    static final String CEASEFIRE_TITLE = "وقف إطلاق النار في كاراباخ وبدء مفاوضات غداً في يفلاخ";
    static final String TALKS_TITLE = "محادثات في الرياض بشأن وقف إطلاق النار في أوكرانيا";
    static final Tag KARABAKH = new Tag("كاراباخ", "karabakh", List.of("كاراباخ", "قره باخ"));
    static final Tag CEASEFIRE = new Tag("وقف إطلاق النار", "ceasefire", List.of("وقف إطلاق النار"));
    static final Tag WHEAT = new Tag("القمح", "قمح", List.of("القمح", "قمح"));
    static final int WHEAT_ARTICLES = 12;
    /** The hostile article's title: markup, an override that would mirror it, a control character. */
    static final String HOSTILE_TITLE = "\u202E<script>alert('title')</script> خبر عن\u0001 الشعير";

    private WebFixtures() {}

    /** Puts every fixture article and story into the index and commits. */
    static void fill(ArticleIndex index) {
        List<IndexedArticle> all = new ArrayList<>();
        all.add(ceasefire());
        all.add(copy());
        all.add(secondDay());
        all.add(talks());
        all.add(hostile());
        for (int i = 1; i <= WHEAT_ARTICLES; i++) all.add(wheat(i));
        all.forEach(index::put);
        Story ceasefire = story(CEASEFIRE_STORY, CEASEFIRE_TITLE, all)
                .withLinks(List.of(MERGED_STORY), List.of(TALKS_STORY, "story-gone"));
        Story talks = story(TALKS_STORY, TALKS_TITLE, all);
        index.put(ceasefire);
        index.put(talks);
        // as the link stage stores one: an arc of two events, here the ceasefire and the talks after it
        index.put(new Storyline(
                STORYLINE,
                CEASEFIRE_TITLE,
                List.of(Storyline.Entry.of(ceasefire), Storyline.Entry.of(talks)),
                ceasefire.first(),
                talks.last(),
                List.of()));
        index.put(story(WHEAT_STORY, "أسعار القمح في الأسواق العربية", all));
        index.put(story("story-" + HOSTILE_ID, "<b>قصة</b>", all));
        index.commit();
    }

    static IndexedArticle ceasefire() {
        Article a = article(
                CEASEFIRE_ID,
                CEASEFIRE_TITLE,
                "2023-09-20T10:00:00Z",
                "بوابة المرصد",
                Optional.of("الأسبوع"),
                List.of(
                        "أعلنت وزارة الدفاع الأذرية وقف العمليات العسكرية في إقليم كاراباخ بعد يومين من القتال.",
                        "وقالت الوزارة إن نحو 30 مركز مراقبة سُلّمت، وإن المفاوضات تبدأ غداً الخميس في مدينة يفلاخ.",
                        "وكانت باكو قد أعلنت أمس الثلاثاء بدء ما وصفته بعملية لمكافحة الإرهاب في الإقليم."),
                List.of(new Embed(
                                Embed.Platform.X,
                                Optional.of("ليلى حداد"),
                                Optional.of("laila_news"),
                                Optional.of(LocalDate.of(2023, 9, 20)),
                                "وصول أول قافلة مساعدات إلى ستيباناكيرت بعد إعلان وقف إطلاق النار",
                                Optional.of(URI.create("https://x.com/laila_news/status/1704500000000000000")))
                        // the post stands after the first paragraph
                        .placedAfter(1)));
        AnalyzedArticle analyzed = new AnalyzedArticle(
                a,
                List.of(KARABAKH, CEASEFIRE, new Tag("أذربيجان", "azerbaijan", List.of("أذربيجان", "اذربيجان"))),
                List.of(
                        new Entity("loc:karabakh", "ناغورنو كاراباخ", Entity.Type.LOC, List.of("كاراباخ"), 2),
                        new Entity("loc:baku", "باكو", Entity.Type.LOC, List.of("باكو"), 1),
                        new Entity("org:azerbaijan-mod", "وزارة الدفاع الأذرية", Entity.Type.ORG, List.of(), 1)),
                List.of(
                        new DateMention(
                                "أمس الثلاثاء", LocalDate.of(2023, 9, 19), Optional.empty(), "DAY", Optional.of(true)),
                        // a long expression beside a date: the facts table must keep the date on one line
                        new DateMention(
                                "غداً الخميس الموافق للحادي والعشرين من أيلول/سبتمبر الجاري",
                                LocalDate.of(2023, 9, 21),
                                Optional.empty(),
                                "DAY",
                                Optional.of(true))),
                List.of(new QuantityMention("نحو 30 مركز مراقبة", new BigDecimal("30"), Optional.of("مركز"), true)),
                Section.POLITICS,
                List.of("كاراباخ", "وقف", "مفاوضات"));
        return indexed(CEASEFIRE_ID, analyzed, Optional.empty(), CEASEFIRE_STORY);
    }

    static IndexedArticle copy() {
        Article a = article(
                COPY_ID,
                "وقف إطلاق النار في كاراباخ ومفاوضات غداً",
                "2023-09-20T12:30:00Z",
                "صحيفة الشرق",
                Optional.empty(),
                List.of(
                        "أعلنت وزارة الدفاع الأذرية وقف العمليات العسكرية في إقليم كاراباخ بعد يومين من القتال.",
                        "وقالت الوزارة إن نحو 30 مركز مراقبة سُلّمت، وإن المفاوضات تبدأ غداً الخميس في مدينة يفلاخ."),
                List.of());
        return indexed(
                        COPY_ID,
                        analyzed(a, List.of(KARABAKH, CEASEFIRE), Section.POLITICS),
                        Optional.of(CEASEFIRE_ID),
                        CEASEFIRE_STORY)
                .withCopies(new CopyRelations(
                        List.of(new CopyRelations.Peer(CEASEFIRE_ID, 0.92, 0.61, CopyRelations.Kind.SHORTENED)),
                        List.of(COPY_ADDED),
                        List.of(COPY_CUT)));
    }

    /** What the copy added to the ceasefire report, and what it cut. */
    static final String COPY_ADDED = "وقالت الوزارة إن نحو 30 مركز مراقبة سُلّمت.";

    static final String COPY_CUT = "وأكدت الوزارة أن الانفصاليين وافقوا على تسليم أسلحتهم.";

    static IndexedArticle secondDay() {
        Article a = article(
                SECOND_DAY_ID,
                "جولة ثانية من المحادثات بين باكو وممثلي قره باخ",
                "2023-09-21T15:00:00Z",
                "وكالة أنباء الشمال",
                Optional.empty(),
                List.of(
                        "اختتمت في يفلاخ الجولة الأولى من المحادثات بين ممثلي باكو وسكان قره باخ الأرمن.",
                        "واتفق الطرفان على لقاء ثانٍ لبحث دمج الإقليم وضمانات السكان."),
                List.of());
        return indexed(
                SECOND_DAY_ID, analyzed(a, List.of(KARABAKH), Section.POLITICS), Optional.empty(), CEASEFIRE_STORY);
    }

    /**
     * An article whose page gave only a date, 18 September 2023 (stored as midnight UTC); not in
     * {@link #fill}: the tests of times add it.
     */
    static IndexedArticle dateOnly(String id) {
        Article a = article(
                        id,
                        "يوم بلا ساعة في يفلاخ",
                        "2023-09-18T00:00:00Z",
                        "وكالة أنباء الشمال",
                        Optional.empty(),
                        List.of("التقى ممثلو باكو وسكان الإقليم في يفلاخ لبحث دمج الإقليم وضمانات السكان."),
                        List.of())
                .withPublished(Instant.parse("2023-09-18T00:00:00Z"), TimePrecision.DAY);
        return indexed(id, analyzed(a, List.of(KARABAKH), Section.POLITICS), Optional.empty(), "story-" + id);
    }

    static IndexedArticle talks() {
        Article a = article(
                TALKS_ID,
                TALKS_TITLE,
                "2025-03-11T09:00:00Z",
                "موقع 24",
                Optional.empty(),
                List.of(
                        "تستضيف الرياض محادثات بشأن وقف إطلاق النار في أوكرانيا بمشاركة وفدين من كييف وواشنطن.",
                        "وقال مسؤول إن المفاوضات تتناول هدنة مؤقتة ووقف العمليات العسكرية في البحر الأسود."),
                List.of());
        return indexed(TALKS_ID, analyzed(a, List.of(CEASEFIRE), Section.WORLD), Optional.empty(), TALKS_STORY);
    }

    /**
     * Markup, script links, a right-to-left override and a control character everywhere a page can
     * put them, as an article stored before extraction cleaned them (issue 10) would hold them.
     */
    static IndexedArticle hostile() {
        Article a = new Article(
                URI.create("https://hostile.example/news/1"),
                URI.create("javascript:alert('canonical')"),
                HOSTILE_TITLE,
                Optional.empty(),
                Optional.of(Instant.parse("2023-09-18T08:00:00Z")),
                TimePrecision.TIME,
                Optional.empty(),
                List.of("<img src=x onerror=alert(1)>"),
                Optional.empty(),
                Optional.empty(),
                Optional.of("موقع <i>مريب</i>"),
                "ar",
                List.of(new Block.Paragraph("<script>alert('body')</script> ارتفعت أسعار الشعير في الأسواق.")),
                Optional.of("<b>مصدر</b>"),
                List.of(),
                List.of(new RelatedLink("اقرأ أيضاً", Optional.of(URI.create("vbscript:msgbox(1)")))),
                List.of(new Embed(
                        Embed.Platform.OTHER,
                        Optional.of("<svg onload=alert(2)>"),
                        Optional.empty(),
                        Optional.empty(),
                        "<iframe src=https://evil.example></iframe> منشور",
                        Optional.of(URI.create("javascript:alert(3)")))),
                List.of());
        Tag tag = new Tag("<u>الشعير</u>", "barley", List.of("<u>الشعير</u>"));
        return indexed(HOSTILE_ID, analyzed(a, List.of(tag), Section.ECONOMY), Optional.empty(), "story-" + HOSTILE_ID);
    }

    static IndexedArticle wheat(int n) {
        String id = "wheat-" + n;
        Article a = article(
                id,
                "أسعار القمح في الأسواق العربية: التقرير رقم " + n,
                Instant.parse("2023-10-01T08:00:00Z").plusSeconds(86_400L * n).toString(),
                n % 2 == 0 ? "صحيفة الاقتصاد" : "نشرة الحبوب",
                Optional.empty(),
                List.of("سجلت أسعار القمح تغيراً طفيفاً في الأسواق العربية خلال الأسبوع، بحسب التقرير رقم " + n + "."),
                List.of());
        return indexed(id, analyzed(a, List.of(WHEAT), Section.ECONOMY), Optional.empty(), WHEAT_STORY);
    }

    /**
     * An article whose page declared a lead image with a caption, in a story of its own: not in
     * {@link #fill}; the tests that show pictures add it.
     */
    static IndexedArticle pictured(String id, URI image, Optional<String> caption) {
        Article plain = article(
                id,
                "حصاد القمح يبدأ مبكراً في سهل حوران",
                "2023-09-21T08:00:00Z",
                "صحيفة السهل",
                Optional.empty(),
                List.of(
                        "بدأ المزارعون في سهل حوران حصاد القمح قبل موعده المعتاد بأسبوعين بسبب ارتفاع الحرارة.",
                        "وقال مزارعون إن المحصول أقل من العام الماضي."),
                List.of());
        Article a = with(plain, Optional.of(new dev.marsad.extract.Image(image, caption)), plain.subtitle());
        return indexed(id, analyzed(a, List.of(WHEAT), Section.ECONOMY), Optional.empty(), "story-" + id);
    }

    /** The article of {@link FixtureServer#startWithPictures}, whose lead image and icon are cached. */
    static final String PICTURED_ID = "pictured-harvest";

    /** Its lead image, as its page declared it. */
    static final URI PICTURED_IMAGE = URI.create("https://pictured-harvest.example/media/harvest.jpg");

    /** The lead image's caption. */
    static final String PICTURED_CAPTION = "مزارعون يحصدون القمح قرب درعا";

    /** A picture of one colour in {@code format} ("jpeg", "png"), as a publisher's server would send it. */
    static byte[] picture(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** {@code a} with another lead image and subtitle. */
    static Article with(Article a, Optional<dev.marsad.extract.Image> image, Optional<String> subtitle) {
        return new Article(
                a.url(),
                a.canonicalUrl(),
                a.title(),
                subtitle,
                a.published(),
                a.publishedPrecision(),
                a.modified(),
                a.authors(),
                image,
                a.section(),
                a.siteName(),
                a.language(),
                a.body(),
                a.source(),
                a.tags(),
                a.relatedLinks(),
                a.embeds(),
                a.teasers());
    }

    /**
     * An article of one paragraph in a story of its own, with these tags and entities: for a tag key that
     * some articles carry as a tag and others name as an entity.
     */
    static IndexedArticle tagged(String id, String title, String published, List<Tag> tags, List<Entity> entities) {
        Article a = article(
                id, title, published, "موقع الوسوم", Optional.empty(), List.of(title + " في خبر قصير."), List.of());
        var analyzed = new AnalyzedArticle(a, tags, entities, List.of(), List.of(), Section.POLITICS, List.of());
        return indexed(id, analyzed, Optional.empty(), "story-" + id);
    }

    private static Article article(
            String id,
            String title,
            String published,
            String site,
            Optional<String> source,
            List<String> paragraphs,
            List<Embed> embeds) {
        URI url = URI.create("https://" + id + ".example/news/" + id);
        return new Article(
                url,
                url,
                title,
                Optional.empty(),
                Optional.of(Instant.parse(published)),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(site),
                "ar",
                paragraphs.stream().<Block>map(Block.Paragraph::new).toList(),
                source,
                List.of(),
                List.of(),
                embeds,
                List.of());
    }

    private static AnalyzedArticle analyzed(Article a, List<Tag> tags, Section section) {
        return new AnalyzedArticle(a, tags, List.of(), List.of(), List.of(), section, List.of());
    }

    private static IndexedArticle indexed(
            String id, AnalyzedArticle analyzed, Optional<String> duplicateOf, String story) {
        Instant at = analyzed.article().published().orElseThrow();
        return new IndexedArticle(id, analyzed, duplicateOf, story, List.of("band-" + id), at);
    }

    /** The story made of the fixture articles that name it. */
    static Story story(String id, String title, List<IndexedArticle> all) {
        List<IndexedArticle> members =
                all.stream().filter(a -> a.storyId().equals(id)).toList();
        List<Instant> times = members.stream()
                .map(a -> a.analyzed().article().published().orElseThrow())
                .sorted()
                .toList();
        return new Story(
                id,
                title,
                members.stream().map(IndexedArticle::id).toList(),
                members.stream()
                        .map(a -> a.analyzed().article().siteName().orElseThrow())
                        .distinct()
                        .toList(),
                times.getFirst(),
                times.getLast(),
                members.stream()
                        .flatMap(a -> a.analyzed().tags().stream())
                        .map(Tag::key)
                        .distinct()
                        .toList(),
                members.stream()
                        .flatMap(a -> a.analyzed().entities().stream())
                        .map(Entity::id)
                        .distinct()
                        .toList());
    }
}
