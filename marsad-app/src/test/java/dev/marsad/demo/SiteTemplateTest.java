package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Template parts, placeholders, escaping, and the legacy site's code-page encoding. */
class SiteTemplateTest {

    private static final String ALPHABET =
            "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩ـ،؛؟«»" + "abcXYZ0123456789 <>&\"'/=;#\n\t—…€ڤپچگ😀";

    private static String random(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(ALPHABET.length());
            if (Character.isHighSurrogate(ALPHABET.charAt(at))) text.append(ALPHABET, at, at + 2);
            else if (!Character.isLowSurrogate(ALPHABET.charAt(at))) text.append(ALPHABET.charAt(at));
        }
        return text.toString();
    }

    @Test
    void fillsPartsAndNamesAMissingValue() {
        SiteTemplate template = SiteTemplate.parse("t.html", "header\n@@ a\n<p>{{x}}</p>\n@@ b\nline one\nline two\n");
        assertThat(template.fill("a", Map.of("x", "نص"))).isEqualTo("<p>نص</p>");
        assertThat(template.lines("b")).containsExactly("line one", "line two");
        assertThatThrownBy(() -> template.fill("a", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.html")
                .hasMessageContaining("{{x}}");
        assertThatThrownBy(() -> template.part("c")).hasMessageContaining("'c'");
    }

    @Test
    void fillsAPartOncePerItemInOrder() {
        SiteTemplate template = SiteTemplate.parse("t.html", "@@ li\n<li>{{x}}</li>\n");
        assertThat(template.fillEach("li", java.util.List.of("أ", "ب"), x -> Map.of("x", x), "|"))
                .isEqualTo("<li>أ</li>|<li>ب</li>");
        assertThat(template.fillEach("li", java.util.List.<String>of(), x -> Map.of("x", x), "|"))
                .isEmpty();
        assertThatThrownBy(() -> template.fillEach("li", java.util.List.of("أ"), x -> Map.of(), "|"))
                .hasMessageContaining("{{x}}");
    }

    @Test
    void everySiteTemplateLoads() {
        for (String id : new String[] {AggregatorSite.ID, JsonLdSite.ID, LegacySite.ID, SitemapSite.ID}) {
            assertThat(SiteTemplate.load(id).part("name")).as(id).isNotBlank();
            assertThat(SiteTemplate.load(id).pairs("sections"))
                    .as(id)
                    .containsKeys("world", "arab", "economy", "sports", "tech", "health", "local");
        }
    }

    @Test
    void escapedRandomTextReadsBackUnchanged() {
        Random random = new Random(19092023L);
        for (int i = 0; i < 2000; i++) {
            String raw = random(random, 60).replace("\n", " ").replace("\t", " ");
            Document page =
                    Jsoup.parse("<p title=\"" + SiteTemplate.text(raw) + "\">" + SiteTemplate.text(raw) + "</p>");
            assertThat(page.selectFirst("p").attr("title"))
                    .as("attribute %d", i)
                    .isEqualTo(raw);
            assertThat(page.selectFirst("p").wholeText()).as("text %d", i).isEqualTo(raw);
        }
    }

    @Test
    void legacyEncodingKeepsEveryCharacterAsByteOrReference() {
        Random random = new Random(21092023L);
        for (int i = 0; i < 2000; i++) {
            String raw = random(random, 60).replace("&", "").replace("<", "");
            byte[] bytes = LegacySite.encode(raw);
            String decoded = new String(bytes, LegacySite.ENCODING);
            assertThat(Jsoup.parse("<p>" + decoded + "</p>").selectFirst("p").wholeText())
                    .as("round trip %d", i)
                    .isEqualTo(
                            Jsoup.parse("<p>" + raw + "</p>").selectFirst("p").wholeText());
        }
        assertThat(new String(LegacySite.encode("٢٠٢٣ أيلول"), StandardCharsets.ISO_8859_1))
                .startsWith("&#1634;&#1632;&#1634;&#1635; ");
    }

    @Test
    void easternDigitsReplaceOnlyAsciiDigits() {
        assertThat(DateLine.write("20 - 11:30", DateLine.Digits.EASTERN)).isEqualTo("٢٠ - ١١:٣٠");
        assertThat(DateLine.write("أيلول", DateLine.Digits.EASTERN)).isEqualTo("أيلول");
    }

    @Test
    void aggregatorDateLineUsesEnglishOrdinals() {
        assertThat(AggregatorSite.dateLine(java.time.LocalDate.of(2023, 9, 20))).isEqualTo("20th, September 2023 GMT");
        assertThat(AggregatorSite.dateLine(java.time.LocalDate.of(2023, 9, 1))).isEqualTo("1st, September 2023 GMT");
        assertThat(AggregatorSite.dateLine(java.time.LocalDate.of(2024, 12, 22)))
                .isEqualTo("22nd, December 2024 GMT");
        assertThat(AggregatorSite.dateLine(java.time.LocalDate.of(2025, 3, 23))).isEqualTo("23rd, March 2025 GMT");
        assertThat(AggregatorSite.dateLine(java.time.LocalDate.of(2025, 3, 13))).isEqualTo("13th, March 2025 GMT");
    }
}
