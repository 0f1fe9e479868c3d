package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeLinesTest {

    @Test
    void arabicPlaceDateAndBylineIsADateLine() {
        assertThat(EdgeLines.isDateLine("بيروت - الاثنين ٢٥ أيلول ٢٠٢٣ - الساعة ١٨:٤٠ كتب: مراسلنا"))
                .isTrue();
    }

    @Test
    void latinBylineWithDateIsADateLine() {
        assertThat(EdgeLines.isDateLine("By Jane Doe \u2022 March 12, 2025")).isTrue();
    }

    @Test
    void sentenceThatNamesADateIsNotADateLine() {
        assertThat(EdgeLines.isDateLine("وقعت الحكومة الاتفاق في 12 آذار 2025 بعد مفاوضات طويلة."))
                .isFalse();
    }

    @Test
    void lineWithoutACompleteDateIsNotADateLine() {
        assertThat(EdgeLines.isDateLine("الرباط - كتب: يوسف العلمي")).isFalse();
        assertThat(EdgeLines.isDateLine("منذ ساعتين")).isFalse();
    }

    @Test
    void longLineWithADateIsNotADateLine() {
        String line = "الخميس 16 أكتوبر 2025 " + "كلمة ".repeat(30);
        assertThat(EdgeLines.isDateLine(line)).isFalse();
    }

    @Test
    void addressesAndHandlesMakeAContactLine() {
        assertThat(EdgeLines.isContactLine("للتواصل: y.alami@sahel.example | @yalami_news"))
                .isTrue();
        assertThat(EdgeLines.isContactLine("twitter.com/sahel_news")).isTrue();
    }

    @Test
    void paragraphThatMentionsAnAddressIsNoContactLine() {
        assertThat(
                        EdgeLines.isContactLine(
                                "وأوضح البيان أن استمارات التسجيل متاحة على الموقع الرسمي للوزارة www.agri.example حتى نهاية الشهر الجاري."))
                .isFalse();
    }

    @Test
    void headlineIsRecognisedWithAndWithoutTheSiteName() {
        Optional<String> title = Optional.of("جريدة الساحل | ارتفاع صادرات التمور إلى أوروبا");
        assertThat(EdgeLines.isHeadline("ارتفاع صادرات التمور إلى أوروبا", title))
                .isTrue();
        assertThat(EdgeLines.isHeadline("ارتفاع صادرات التمور", Optional.of("ارتفاع صادرات التمور")))
                .isTrue();
        assertThat(EdgeLines.isHeadline("أوروبا", title)).isFalse();
        assertThat(EdgeLines.isHeadline("ارتفاع صادرات التمور إلى أوروبا", Optional.empty()))
                .isFalse();
    }

    @Test
    void fewWordsWithoutASentenceEndAreAStub() {
        assertThat(EdgeLines.isStub("التعليقات (٣)")).isTrue();
        assertThat(EdgeLines.isStub("وانتهى الاجتماع.")).isFalse();
        assertThat(EdgeLines.isStub("تراجعت أسعار حديد التسليح في السوق المحلية للأسبوع الثالث"))
                .isFalse();
    }

    /** Issue 15, part 8: a reading-time line above the article, in the languages of the sets. */
    @Test
    void readingTimeLinesAreRecognised() {
        for (String line : new String[] {
            "دقيقتان للقراءة",
            "٣ دقائق قراءة",
            "وقت القراءة: ٤ دقائق",
            "2min",
            "5 min read",
            "3 Min Lesezeit",
            "Tempo de leitura: 1 minuto",
            "Reading time: 6 minutes"
        }) assertThat(EdgeLines.isReadingTime(line)).as(line).isTrue();
    }

    @Test
    void aLineThatNamesMinutesAmongOtherWordsIsText() {
        for (String line : new String[] {
            "30 minutes before bed",
            "1 hour and 45 minutes",
            "Fast 6-minute brew time",
            "Time: 5 minutes",
            "استمرت الجلسة ٤٥ دقيقة",
            "دقيقة",
            "قراءة في الصحف"
        }) assertThat(EdgeLines.isReadingTime(line)).as(line).isFalse();
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(20251016);
        String alphabet = "\u0627\u0644\u0628\u062A\u0661\u0662\u0660 0123456789/-:.@|,\u060C()abcXYZ\u00A0\n";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(160);
            for (int j = 0; j < n; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            assertThatCode(() -> {
                        EdgeLines.isDateLine(text);
                        EdgeLines.isContactLine(text);
                        EdgeLines.isStub(text);
                        EdgeLines.isReadingTime(text);
                        EdgeLines.isHeadline(text, Optional.of(text.substring(0, text.length() / 2)));
                    })
                    .as(text)
                    .doesNotThrowAnyException();
        }
    }
}
