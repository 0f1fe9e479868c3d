package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.Block;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: where the extra text of a body sits, by place and kind of block. */
class ExtractLossesTest {

    private static final String TEXT_1 =
            "قال رئيس البلدية إن الجسر الجديد سيفتح أمام السيارات في الشهر المقبل بعد عامين من العمل.";
    private static final String TEXT_2 = "وأضاف أن كلفة المشروع بلغت أربعين مليون دينار، وأن الحكومة تحملت نصفها.";

    @Test
    void kindsComeFromTheMarkupThenFromTheText() {
        List<Block> body = List.of(
                new Block.Heading(2, "الجسر الجديد"),
                new Block.Paragraph(TEXT_1),
                new Block.ListBlock(false, List.of("البند الأول", "البند الثاني")),
                new Block.Paragraph("تصوير: أحمد منصور"),
                new Block.Paragraph("جميع الحقوق محفوظة لموقع الأخبار 2024."));
        Map<String, Integer> repeats = Map.of("akhbar.example\nجميع الحقوق محفوظة لموقع الأخبار 2024.", 3);
        assertThat(ExtractLosses.units(body, "akhbar.example", repeats).stream()
                        .map(ExtractLosses.Unit::kind)
                        .toList())
                .containsExactly("heading", "paragraph", "list-item", "list-item", "short-line", "repeated-on-host");
    }

    @Test
    void extraUnitsArePlacedAgainstTheFirstAndLastGoldUnit() {
        List<ExtractLosses.Unit> units = List.of(
                new ExtractLosses.Unit("teaser", "short-line"),
                new ExtractLosses.Unit(TEXT_1, "paragraph"),
                new ExtractLosses.Unit("caption", "short-line"),
                new ExtractLosses.Unit(TEXT_2, "paragraph"),
                new ExtractLosses.Unit("follow us", "list-item"),
                new ExtractLosses.Unit("about us", "paragraph"));
        List<String> gold = List.of(TEXT_1, TEXT_2);
        Map<String, double[]> sums = new TreeMap<>();
        List<String> listed = ExtractLosses.count(units, gold::contains, u -> !gold.contains(u), sums);
        assertThat(listed).hasSize(4);
        assertThat(sums.get("leading *")[0]).isEqualTo(1);
        assertThat(sums.get("inside short-line")[0]).isEqualTo(1);
        assertThat(sums.get("trailing *")[0]).isEqualTo(2);
        assertThat(sums.get("trailing list-item")[1]).isEqualTo("follow us".length());
        long total = units.stream().mapToLong(u -> u.text().length()).sum();
        double extra = ("teaser" + "caption" + "follow us" + "about us").length();
        assertThat(sums.get("all *")[2]).isCloseTo(extra / total, org.assertj.core.data.Offset.offset(1e-9));
    }
}
