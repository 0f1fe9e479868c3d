package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.number.Quantity;
import dev.marsad.arabic.number.QuantityFinder;
import dev.marsad.arabic.number.Span;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random strings must not throw, and every span must lie inside its text, in order, without overlap. */
class RandomTextRobustnessTest {

    private static final ZonedDateTime REF = ZonedDateTime.parse("2023-09-20T00:00Z");
    /** Fixed seed: a failure can be replayed. */
    private static final long SEED = 20230920L;

    private static final int ROUNDS = 400;
    private static final int ONE_MEGABYTE = 1 << 20;
    /** Pieces that make random text likely to touch the grammar. */
    private static final String[] PIECES = {
        "أمس",
        "غدًا",
        "الخميس",
        "الموافق",
        "سبتمبر",
        "أيلول",
        "جانفي",
        "رمضان",
        "1445",
        "هـ",
        "2023",
        "20",
        "٢٠",
        "/",
        ":",
        "-",
        ",",
        "،",
        "الساعة",
        "العاشرة",
        "صباحاً",
        "بتوقيت",
        "مكة",
        "GMT",
        "منذ",
        "ثلاثة",
        "أيام",
        "نحو",
        "30",
        "مركز",
        "آلاف",
        "وخمسمائة",
        "مليون",
        "نصف",
        "%",
        "٫",
        "٬",
        "th",
        "September",
        " ",
        " ",
        "\u064B",
        "\u0640",
        "\u200F",
        "\uD83D\uDE00",
        "\uD800",
        "\uDC00",
        "ﻻ",
        "ﷲ",
        "+",
        "03:00",
        "1,000",
        "الأسبوع",
        "الماضي",
        "و",
        "ب"
    };

    /** Plain news prose between the random pieces, as in a real long text. */
    private static final String ORDINARY_SENTENCE =
            " وقال المتحدث باسم الوزارة إن الفرق الميدانية تواصل عملها في المناطق المتضررة وسط ظروف صعبة.\n";

    private final ArabicDateFinder dates = new ArabicDateFinder();
    private final QuantityFinder quantities = new QuantityFinder();

    @Test
    void randomMixedTextKeepsSpansInside() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String text = randomText(random, random.nextInt(60));
            checkAll(text);
            assertThat(DateLineParser.parse(text)).isNotNull();
        }
    }

    @Test
    void randomCharactersOfEveryKindKeepSpansInside() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
            checkAll(sb.toString());
        }
    }

    @Test
    void onlyDiacriticsAndEmptyTextGiveNothing() {
        assertThat(dates.find("", REF)).isEmpty();
        assertThat(dates.find("\u064B\u064C\u064D\u064E\u0640\u0640", REF)).isEmpty();
        assertThat(quantities.find("\u0651\u0652\u0670")).isEmpty();
        assertThat(DateLineParser.parse("\u064E\u064E")).isEmpty();
    }

    @Test
    void oneMegabyteOfTextIsReadInOnePass() {
        Random random = new Random(SEED + 2);
        StringBuilder sb = new StringBuilder(ONE_MEGABYTE + 100);
        while (sb.length() < ONE_MEGABYTE) sb.append(randomText(random, 8)).append(ORDINARY_SENTENCE);
        String text = sb.toString();
        checkAll(text);
    }

    private void checkAll(String text) {
        List<DateMention> found = dates.find(text, REF);
        List<String> problems = new ArrayList<>();
        int previousEnd = 0;
        for (DateMention m : found) {
            if (m.start() < previousEnd
                    || m.end() > text.length()
                    || !text.substring(m.start(), m.end()).equals(m.text())) problems.add("date " + m);
            previousEnd = m.end();
        }
        List<Span> excluded =
                found.stream().map(m -> new Span(m.start(), m.end())).toList();
        previousEnd = 0;
        for (Quantity q : quantities.find(text, excluded)) {
            if (q.start() < previousEnd
                    || q.end() > text.length()
                    || !text.substring(q.start(), q.end()).equals(q.text())) problems.add("quantity " + q);
            previousEnd = q.end();
        }
        for (DateMention m : dates.findAbsolute(text, REF.getZone())) {
            if (m.end() > text.length() || m.grain() == null) problems.add("absolute " + m);
        }
        assertThat(problems).as(describe(text)).isEmpty();
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) sb.append(' ');
        }
        return sb.toString();
    }

    private static String describe(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
