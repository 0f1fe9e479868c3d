package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text counted without building the text gives what counting the built text gives. */
class TextStatsTest {

    private static final String[] TAGS = {"div", "p", "span", "a", "br", "pre", "script", "b", "li", "td"};
    private static final String[] WORDS = {"خبر", " ", "\u00A0", "\n", "\u200B", "word", "&nbsp;", "،", "\t", "&amp;"};

    private static String randomHtml(Random random, int depth) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(5); k > 0; k--) {
            if (depth < 5 && random.nextInt(3) == 0) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                sb.append('<').append(tag).append('>').append(randomHtml(random, depth + 1));
                if (random.nextBoolean()) sb.append("</").append(tag).append('>');
            } else sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @Test
    void countsTheCharactersUnderAHeaderWithoutItsWholeText() {
        Element header =
                Jsoup.parse("<header>عاجل:<br> <b>خبر</b>\u00A0 جديد</header>").selectFirst("header");
        assertThat(TextStats.nonSpaceUnder(header)).isEqualTo(12);
    }

    @Test
    void countsUnderEveryElementOfRandomPagesAsTheWholeTextDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            Document dom = Jsoup.parse(randomHtml(random, 0));
            for (Element e : dom.getAllElements())
                assertThat(TextStats.nonSpaceUnder(e))
                        .as("round %d <%s>", round, e.tagName())
                        .isEqualTo(TextStats.nonSpace(e.wholeText()));
        }
    }
}
