package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PartsReaderTest {

    private static final String TEXT =
            "<p>Der Verband hat am Montag seine neue Kampagne vorgestellt, die junge Menschen"
                    + " für das Ehrenamt gewinnen soll.</p>";

    private static PageParts read(Document dom) {
        PageIndex index = PageIndex.of(dom);
        return new PartsReader().readAndRemove(dom.body(), index.embedCandidates, index.bodyText);
    }

    @Test
    void labelClosingTheTextTakesTheLinksAfterItsWrapperAndLeavesTheText() {
        String text = "<p>وقالت الوزارة إن الحملة ستستمر حتى نهاية الشهر الجاري في جميع المحافظات.</p>";
        Document dom = Jsoup.parse("<article><div class='text'>" + text + "<p>اقرأ أيضاً</p></div>"
                + "<div><a href='/a'>الحكومة تقر خطة جديدة للنقل</a> <a href='/b'>افتتاح جسر في المدينة</a></div>"
                + "</article>");
        PageParts parts = read(dom);
        assertThat(parts.relatedLinks())
                .extracting(RelatedLink::title)
                .containsExactly("الحكومة تقر خطة جديدة للنقل", "افتتاح جسر في المدينة");
        assertThat(dom.body().text()).contains("وقالت الوزارة").doesNotContain("اقرأ أيضاً");
    }

    @Test
    void labelLineEndingInAColonOpensTheListAfterIt() {
        assertLabelOverLinksGoes("<p><strong>Das Thema könnte dich auch interessieren:</strong></p>", "interessieren");
    }

    /** After {@link #TEXT}, {@code label} over a list of two links: the links are related, the label goes. */
    private static void assertLabelOverLinksGoes(String label, String gone) {
        Document dom = Jsoup.parse("<div>" + TEXT + label
                + "<ul><li><a href='/a'>Neue Regeln für Vereine ab März</a></li>"
                + "<li><a href='/b'>Wie Ehrenamtliche versichert sind</a></li></ul></div>");
        assertThat(read(dom).relatedLinks())
                .extracting(RelatedLink::title)
                .containsExactly("Neue Regeln für Vereine ab März", "Wie Ehrenamtliche versichert sind");
        assertThat(dom.body().text()).contains("Der Verband").doesNotContain(gone);
    }

    @Test
    void onlyTheListRightAfterALabelGoesWhenMoreFollowsIt() {
        String bio = "<div class='author'><p>Jana Beispiel schreibt seit zehn Jahren über Vereine, Stiftungen"
                + " und das Ehrenamt in kleinen Gemeinden und großen Städten des Landes.</p></div>";
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>Lesen Sie auch:</p>"
                + "<ul><li><a href='/a'>Neue Regeln für Vereine</a></li></ul>" + bio + "</div>");
        assertThat(read(dom).relatedLinks()).extracting(RelatedLink::title).containsExactly("Neue Regeln für Vereine");
        assertThat(dom.body().text()).contains("Jana Beispiel").doesNotContain("Lesen Sie auch");
    }

    /** Issue 15 part 8: "Related post: <linked headline>" and a "Don't miss" box are related reading. */
    @Test
    void relatedPostLinesAndDontMissBoxesAreRelatedReading() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>Related post: <a href='/a'>Pickled beetroot in a week</a></p>"
                + "<p>Der Verband will im Herbst eine zweite Runde starten.</p>"
                + "<div><h3>Don't miss</h3><ul><li><a href='/b'>Neue Regeln für Vereine ab März</a></li>"
                + "<li><a href='/c'>Wie Ehrenamtliche versichert sind</a></li></ul></div></div>");
        assertThat(read(dom).relatedLinks())
                .extracting(RelatedLink::title)
                .contains("Pickled beetroot in a week", "Neue Regeln für Vereine ab März");
        assertThat(dom.body().text())
                .contains("Der Verband", "zweite Runde")
                .doesNotContain("Related post")
                .doesNotContain("Pickled")
                .doesNotContain("Don't miss");
    }

    /**
     * Issue 15 part 8, seen on aeb, WCXB and fundus pages: a heading naming the publisher's further
     * stories ("More Great WIRED Stories", "Most read in Football") over a list of links is related
     * reading; a heading that merely starts with "More" over prose stays.
     */
    @Test
    void moreStoriesHeadingsOverLinksAreRelatedReadingOverProseText() {
        assertLabelOverLinksGoes("<h3>More Great Tribune Stories</h3>", "More Great");
        assertLabelOverLinksGoes("<h2>Most read in Football</h2>", "Most read");

        Document prose = Jsoup.parse("<div>" + TEXT + "<h3>More information on the coffee makers</h3>"
                + "<p>The round-up leaves out espresso machines; <a href='/e'>our espresso guide</a> covers them,"
                + " along with the grinders and kettles that the testers used for every brew.</p></div>");
        assertThat(read(prose).relatedLinks()).isEmpty();
        assertThat(prose.body().text()).contains("More information on the coffee makers", "espresso machines");
    }

    @Test
    void sentenceOpeningWithALatinMarkerAndNoLinksStays() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>Read more about the campaign in the annual report.</p></div>");
        assertThat(read(dom).relatedLinks()).isEmpty();
        assertThat(dom.body().text()).contains("Read more about the campaign");
    }

    @Test
    void longLineWithAColonIsNoLabelLine() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>Der Vorsitzende sagte, viele Mitglieder könnten sich auch"
                + " ein Ehrenamt in der Stadt vorstellen und lesen Sie auch die Liste:</p>"
                + "<ul><li><a href='/a'>Verein A</a></li></ul></div>");
        assertThat(read(dom).relatedLinks()).isEmpty();
        assertThat(dom.body().text()).contains("Der Vorsitzende sagte");
    }

    @Test
    void categoryLineWithAColonGoes() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<div class='meta'>Kategorie: <a href='/c/news'>News</a></div>"
                + "<p>التصنيف: <a href='/c/eco'>اقتصاد</a>، <a href='/c/local'>محليات</a></p></div>");
        read(dom);
        assertThat(dom.body().text())
                .contains("Der Verband")
                .doesNotContain("Kategorie")
                .doesNotContain("اقتصاد");
    }

    @Test
    void sentenceOpeningWithACategoryWordStays() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>القسم الأول من التقرير يتناول أوضاع المدارس في الريف.</p>"
                + "<p>Category 3 storms hit the coast twice this year.</p></div>");
        read(dom);
        assertThat(dom.body().text()).contains("القسم الأول").contains("Category 3 storms");
    }

    @Test
    void regionOfALabelStopsOnceItIsTooLongToBeALinkBox() {
        StringBuilder html = new StringBuilder("<div><p>اقرأ أيضاً</p>");
        for (int i = 0; i < 2000; i++)
            html.append("<p>")
                    .append("سطر من نص طويل لا صلة له بالروابط ".repeat(3))
                    .append("</p>");
        Document dom = Jsoup.parse(html.append("</div>").toString());
        var label = dom.selectFirst("p").textNodes().getFirst();
        MarkedBlock block = MarkedBlock.around(label, FoldedText.fold("اقرأ أيضاً"));
        assertThat(block.region()).hasSizeLessThan(200);
        assertThat(block.regionText().length()).isGreaterThan(PartsReader.MAX_MARKED_REGION_CHARS);
    }

    @Test
    void moreInformationLabelOpensItsLinksAndASentenceStays() {
        Document dom = Jsoup.parse("<div>" + TEXT + "<p>Weitere Informationen zum Ehrenamt gibt es im Rathaus.</p>"
                + "<p>لمزيد من المعلومات يرجى الاتصال بمكتب البلدية في ساعات الدوام.</p>"
                + "<h3>لمزيد من المعلومات</h3><ul><li><a href='/a'>دليل التطوع في البلدية</a></li>"
                + "<li><a href='/b'>أسئلة شائعة عن العمل التطوعي</a></li></ul></div>");
        assertThat(read(dom).relatedLinks())
                .extracting(RelatedLink::title)
                .containsExactly("دليل التطوع في البلدية", "أسئلة شائعة عن العمل التطوعي");
        String text = dom.body().text();
        assertThat(text).contains("Weitere Informationen zum Ehrenamt", "لمزيد من المعلومات يرجى الاتصال");
        assertThat(text.indexOf("لمزيد"))
                .as("the label is gone, the sentence stays")
                .isEqualTo(text.lastIndexOf("لمزيد"));
    }
}
