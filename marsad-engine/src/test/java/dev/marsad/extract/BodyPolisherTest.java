package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyPolisherTest {

    private static final Block FIRST = new Block.Paragraph(
            "قالت وزارة الصحة إن حملة التطعيم الوطنية ستبدأ الأسبوع المقبل في جميع المحافظات وتستمر شهرا كاملا.");
    private static final Block SECOND = new Block.Paragraph(
            "وأضافت الوزارة أن الفرق الطبية ستزور المدارس والأسواق، وأن اللقاح متاح مجانا لجميع المواطنين.");

    private static List<String> polish(Block... blocks) {
        return new BodyPolisher()
                .polish(List.of(blocks), Optional.empty()).body().stream()
                        .map(Block::text)
                        .toList();
    }

    @Test
    void readAlsoLabelWhoseLinksWentGoesAnywhere() {
        assertThat(polish(FIRST, new Block.Paragraph("اقرأ أيضاً:"), SECOND, new Block.Paragraph("Lesetipp")))
                .containsExactly(FIRST.text(), SECOND.text());
    }

    @Test
    void lineThatOnlyStartsWithAReadAlsoMarkerStays() {
        Block sentence = new Block.Paragraph("Read more than ten reports before you decide.");
        assertThat(polish(FIRST, sentence, SECOND)).contains(sentence.text());
    }

    @Test
    void germanAsOfDateLineGoesButTheWordInASentenceStays() {
        Block asOf = new Block.Paragraph("Stand: 05. Februar 2020");
        Block sentence = new Block.Paragraph("Stand der Technik sind Pumpen, die mit Strom aus der Sonne laufen.");
        assertThat(polish(FIRST, sentence, SECOND, asOf, FIRST))
                .containsExactly(FIRST.text(), sentence.text(), SECOND.text(), FIRST.text());
    }

    /** Issue 15, part 8: "دقيقتان للقراءة" above the article is no part of it; in the middle it stays. */
    @Test
    void readingTimeLineAboveTheArticleGoes() {
        Block readingTime = new Block.Paragraph("دقيقتان للقراءة");
        assertThat(polish(readingTime, FIRST, SECOND)).containsExactly(FIRST.text(), SECOND.text());
        Block minute = new Block.Paragraph("90 min");
        List<String> ticker = polish(FIRST, SECOND, FIRST, SECOND, minute, SECOND);
        assertThat(ticker).contains(minute.text());
    }

    /**
     * Issue 15, part 8: a plug for the site's newsletter among the paragraphs goes; a sentence of
     * the report about a newsletter stays.
     */
    @Test
    void newsletterPlugAmongTheParagraphsGoes() {
        Block plug = new Block.Paragraph("اشترك في النشرة البريدية لتصلك أهم أخبار الصحة إلى بريدك كل صباح.");
        Block report = new Block.Paragraph("وستنشر الوزارة مواعيد الحملة في نشرتها الأسبوعية وعلى موقعها.");
        assertThat(polish(FIRST, plug, SECOND, report)).containsExactly(FIRST.text(), SECOND.text(), report.text());
    }

    /**
     * Review of issue 15 part 8: an article about a newsletter keeps its sentences, though they
     * use the words of a plug (subscribe, sign up, delivered, inbox, اشترك) in the third person.
     */
    @Test
    void anArticleAboutANewsletterKeepsItsSentences() {
        List<Block> report = List.of(
                new Block.Paragraph(
                        "More than 200,000 readers subscribe to the newsletter, which she started in 2019."),
                new Block.Paragraph("Readers who sign up for the newsletter receive a weekly digest, the mayor said."),
                new Block.Paragraph("The council's newsletter is delivered to every household in the borough."),
                new Block.Paragraph("Google says the new tab will keep newsletters out of the primary inbox."),
                new Block.Paragraph("واشترك أكثر من عشرة آلاف قارئ في النشرة البريدية منذ أطلقتها الوزارة."),
                new Block.Paragraph("اشتركت خمس محطات في بث النشرة الإخبارية الموحدة مساء أمس."));
        List<Block> page = new ArrayList<>(List.of(FIRST));
        page.addAll(report);
        page.add(SECOND);
        List<String> expected = new ArrayList<>(List.of(FIRST.text()));
        report.forEach(b -> expected.add(b.text()));
        expected.add(SECOND.text());
        assertThat(polish(page.toArray(Block[]::new))).containsExactlyElementsOf(expected);
    }

    /** The same on a whole page: the plug set between the article's paragraphs is not in its text. */
    @Test
    void newsletterPlugStaysOutOfTheExtractedArticle() {
        String html = "<html><head><title>حملة التطعيم تبدأ الأسبوع المقبل</title></head><body><article>"
                + "<h1>حملة التطعيم تبدأ الأسبوع المقبل</h1><p>" + FIRST.text() + "</p>"
                + "<p>اشترك في النشرة البريدية لتصلك أهم أخبار الصحة إلى بريدك كل صباح.</p><p>" + SECOND.text()
                + "</p><p>وقال مدير الحملة إن الفرق جاهزة منذ أسابيع، وإن المراكز ستفتح أبوابها من الثامنة صباحا"
                + " حتى المساء طوال أيام الحملة.</p></article></body></html>";
        var outcome = new ArticleExtractor()
                .extract(dev.marsad.crawl.Page.of(
                        java.net.URI.create("https://akhbar.example/health/1"),
                        html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/html"));
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
        String text = ((ExtractionOutcome.Extracted) outcome).article().plainText();
        assertThat(text).contains(FIRST.text(), SECOND.text()).doesNotContain("النشرة البريدية");
    }
}
