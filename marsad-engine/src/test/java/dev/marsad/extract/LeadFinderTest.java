package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LeadFinderTest {

    private static final String LEAD =
            "أعلنت وزارة الصحة اليوم بدء حملة تطعيم وطنية ضد الحصبة تستهدف مليون طفل في المحافظات كافة، وتستمر أسبوعين.";

    private static final String BODY = "<div class='body'><p>وقال المتحدث باسم الوزارة إن فرق التطعيم ستزور"
            + " المدارس ورياض الأطفال، وإن التطعيم مجاني ومتاح في المراكز الصحية أيضا.</p></div>";

    /** The text of the lead {@link LeadFinder} puts before the body of {@code html}, or null. */
    private static String leadOf(String html) {
        Document dom = Jsoup.parse(html);
        Element body = dom.selectFirst("div.body");
        List<Element> roots = new LeadFinder(TextStats.of(dom.body())).withLead(List.of(body));
        return roots.size() == 1 ? null : roots.getFirst().text();
    }

    @Test
    void passesOverCaptionsBylineAndGalleryToTheLead() {
        String html = "<article><h1>حملة تطعيم ضد الحصبة</h1><div class='intro'>" + LEAD + "</div>"
                + "<ul><li><img src='/a.jpg'>ممرضة تطعم طفلا</li><li><img src='/b.jpg'>أمهات في مركز صحي</li></ul>"
                + "<figure><img src='/c.jpg'><figcaption>وزير الصحة يطلق الحملة في مؤتمر صحفي بمقر الوزارة صباح اليوم بحضور"
                + " ممثلي المنظمات الدولية.</figcaption></figure>"
                + "<div class='byline'>كتب: أحمد سالم</div>" + BODY + "</article>";
        assertThat(leadOf(html)).isEqualTo(LEAD);
    }

    @Test
    void stopsAtTheHeadline() {
        String html = "<main><div class='teaser'>" + LEAD + "</div><h1>حملة تطعيم ضد الحصبة</h1>"
                + "<div class='byline'>كتب: أحمد سالم</div>" + BODY + "</main>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void stopsAtOtherText() {
        String html = "<article><div class='intro'>" + LEAD + "</div><p>نص طويل لا ينتهي بعلامة ترقيم ويقف بين المقدمة"
                + " والمتن فلا يمكن تجاوزه لأنه ليس تعليق صورة ولا سطر كاتب ولا صف روابط" + "</p>" + BODY
                + "</article>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void takesNoLeadFromTheSiteBanner() {
        String html = "<header><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق"
                + " على استخدامها.</p></header><div>" + BODY + "</div>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void takesNoCaptionAsLead() {
        String html = "<article><figure><img src='/c.jpg'><figcaption><p>وزير الصحة يطلق الحملة في مؤتمر صحفي بمقر"
                + " الوزارة صباح اليوم بحضور ممثلي المنظمات الدولية.</p></figcaption></figure>" + BODY + "</article>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void standfirstInHeaderIsTheLongParagraphNotTheDeck() {
        Element header = Jsoup.parse(
                        "<article><header><h1>حملة تطعيم ضد الحصبة</h1><p>مليون طفل في أسبوعين.</p><p>" + LEAD
                                + " ودعت الوزارة الأهالي إلى مراجعة المراكز.</p><p>كتب: أحمد سالم</p></header></article>")
                .selectFirst("header");
        assertThat(LeadFinder.standfirstIn(header))
                .map(Element::text)
                .hasValueSatisfying(text -> assertThat(text).startsWith("أعلنت وزارة الصحة"));
    }

    @Test
    void deckAloneIsNoStandfirst() {
        Element header = Jsoup.parse("<article><header><h1>حملة تطعيم ضد الحصبة</h1><p>مليون طفل في أسبوعين في"
                        + " المحافظات كافة.</p></header></article>")
                .selectFirst("header");
        assertThat(LeadFinder.standfirstIn(header)).isEmpty();
    }

    @Test
    void takesALeadSetInASubHeadingOfParagraphLength() {
        String lead = "أعلنت وزارة الصحة اليوم بدء حملة تطعيم وطنية ضد الحصبة تستهدف مليون طفل في المحافظات كافة،"
                + " وتستمر أسبوعين، بعد تسجيل عشرات الإصابات في ثلاث مدن خلال الشهر الماضي وتحذيرات المنظمات الدولية من انتشار المرض";
        String html = "<article><h1>حملة تطعيم ضد الحصبة</h1><h2 class='sub'>" + lead + "</h2>"
                + "<div class='byline'>كتب: أحمد سالم</div>" + BODY + "</article>";
        assertThat(leadOf(html)).isEqualTo(lead);
    }

    @Test
    void takesNoOneSentenceDeckSetInASubHeading() {
        String deck = "حملة وطنية ضد الحصبة تستهدف مليون طفل في المحافظات كافة وتستمر أسبوعين كاملين";
        String html = "<article><h1>حملة تطعيم ضد الحصبة</h1><h2 class='sub'>" + deck + "</h2>"
                + "<div class='byline'>كتب: أحمد سالم</div>" + BODY + "</article>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void takesALongIntroParagraphAsTheLead() {
        String sentence =
                "وتأتي الحملة بعد تسجيل عشرات الإصابات في ثلاث مدن خلال الشهر الماضي، وتحذيرات المنظمات الدولية"
                        + " من انتشار المرض بين الأطفال غير المطعمين في المناطق النائية. ";
        String intro = LEAD + " " + sentence.repeat(5).strip();
        String html = "<article><h1>حملة تطعيم ضد الحصبة</h1><div class='intro'><p>" + intro + "</p></div>" + BODY
                + "</article>";
        assertThat(TextStats.nonSpace(intro)).isGreaterThan(700);
        assertThat(leadOf(html)).isEqualTo(intro);
    }

    private static final String PHOTO_WIDGET =
            "<div class='side'><div class='widget'><div class='image'><a href='/p.jpg'>"
                    + "<img src='/p.jpg'></a></div><p>ممرضة تطعم طفلا في مركز صحي بالعاصمة صباح اليوم، في أول أيام الحملة"
                    + " التي تستمر أسبوعين في المحافظات كافة.</p></div></div>";

    @Test
    void passesOverAPhotoWidgetCaptionToTheLead() {
        String html = "<div class='content'><h1>حملة تطعيم ضد الحصبة</h1><div class='intro'><p>" + LEAD + "</p></div>"
                + "<div class='cols'>" + PHOTO_WIDGET + BODY + "</div></div>";
        assertThat(leadOf(html)).isEqualTo(LEAD);
    }

    @Test
    void takesNoPhotoWidgetCaptionAsLead() {
        String html = "<div class='content'><h1>حملة تطعيم ضد الحصبة</h1><div class='cols'>" + PHOTO_WIDGET + BODY
                + "</div></div>";
        assertThat(leadOf(html)).isNull();
    }

    @Test
    void takesTheLeadBesideAHeroImageInItsOwnBox() {
        String html = "<article><h1>حملة تطعيم ضد الحصبة</h1><div class='intro'><img src='/hero.jpg'><p>" + LEAD
                + "</p></div>" + BODY + "</article>";
        assertThat(leadOf(html)).isEqualTo(LEAD);
    }
}
