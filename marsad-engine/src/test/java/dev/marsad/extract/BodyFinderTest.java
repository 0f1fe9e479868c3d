package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyFinderTest {

    private static final String PARAGRAPH = "<p>وقال المتحدث باسم الوزارة إن فرق الصيانة بدأت العمل منذ أيام في أكثر من"
            + " ستين مدرسة، وإن معظم الأضرار تتركز في الأسقف والنوافذ وشبكات الصرف الصحي.</p>";

    private static final String BOX = "أعلنت وزارة التربية تأجيل بدء الفصل الدراسي الثاني أسبوعا واحدا لإصلاح المدارس"
            + " التي تضررت من السيول الأخيرة في الجنوب.";

    private static List<Element> find(String html) {
        Document dom = Jsoup.parse(html);
        return new BodyFinder(TextStats.of(dom.body())).find(dom.body());
    }

    private static String text(List<Element> roots) {
        return String.join(" ", roots.stream().map(Element::text).toList());
    }

    @Test
    void keepsAProseBoxLyingBetweenTwoPartsOfTheBody() {
        String html = "<div class='page'><div class='col'>" + PARAGRAPH + "<div class='box'>" + BOX + "</div>"
                + "<div class='story'>" + PARAGRAPH.repeat(10) + "</div></div>"
                + "<div class='links'><a href='/a'>الرئيسية</a> <a href='/b'>محليات</a></div></div>";
        assertThat(text(find(html))).contains(BOX);
    }

    @Test
    void leavesALinkRowBetweenTwoPartsOfTheBody() {
        String links = "<a href='/a'>تأجيل الامتحانات في ثلاث محافظات بعد السيول الأخيرة.</a> <a href='/b'>وزير التربية"
                + " يتفقد المدارس المتضررة في الجنوب صباح اليوم.</a>";
        String html = "<div class='page'><div class='col'>" + PARAGRAPH + "<div class='box'>" + links + "</div>"
                + "<div class='story'>" + PARAGRAPH.repeat(10) + "</div></div></div>";
        assertThat(text(find(html))).contains("وقال المتحدث").doesNotContain("وزير التربية يتفقد");
    }

    @Test
    void aContentNameOnTheHtmlElementDoesNotMakeThePageTheBody() {
        Document dom = Jsoup.parse("<html class='article-content'><head><title>عنوان الصفحة</title></head><body>"
                + PARAGRAPH + "</body></html>");
        List<Element> roots = new BodyFinder(TextStats.of(dom.body())).find(dom.body());
        assertThat(roots).isNotEmpty().noneMatch(e -> e.nameIs("html"));
    }

    @Test
    void takesTheRowsOfOneTemplateThatHoldTheArticle() {
        String row = "<section class='page-row story-row'><div class='c1'><div class='c2'><div class='c3'>"
                + "<div class='c4'><div class='story-text'>%s</div></div></div></div></div></section>";
        String first = "<p>أعلنت البلدية إغلاق الطريق الساحلي ثلاثة أيام، لإصلاح الأضرار التي خلفتها العاصفة الأخيرة في"
                + " الجسور والأرصفة.</p>";
        String html = "<div class='page'>" + row.replace("%s", "<h1>إغلاق الطريق الساحلي</h1>")
                + row.replace("%s", first + PARAGRAPH + PARAGRAPH)
                + "<section class='page-row ad-row'><div class='ad'></div></section>"
                + row.replace("%s", PARAGRAPH.repeat(12)) + "</div>";
        assertThat(text(find(html))).contains("أعلنت البلدية إغلاق");
        assertThat(find(html)).noneMatch(e -> e.text().startsWith("إغلاق الطريق الساحلي"));
    }

    @Test
    void aTwinRowOfReadersCommentsDoesNotJoinTheBody() {
        String comment = "<div class='item'><span>هذا خبر رائع لأهالي المدينة، ونتمنى أن يفتتح المستشفى في موعده"
                + " من دون تأخير هذه المرة كما وعدت الوزارة.</span></div>";
        String html = "<div class='container'><div class='row'><div class='col'><h1>مستشفى جديد</h1>"
                + "<div class='entry'>" + PARAGRAPH.repeat(10) + "</div></div></div>"
                + "<div class='row'><div class='col'><div class='list'>" + comment.repeat(4)
                + "</div></div></div></div>";
        assertThat(text(find(html))).doesNotContain("هذا خبر رائع");
    }
}
