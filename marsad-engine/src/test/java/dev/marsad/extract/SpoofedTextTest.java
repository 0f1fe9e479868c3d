package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpoofedTextTest {

    @Test
    void latinWordsWithCyrillicLookAlikesAreSpoofed() {
        // А, е, і, ѕ, о, у, с below are Cyrillic letters inside English words
        assertThat(SpoofedText.isSpoofed(
                        "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th u\u0455 t\u043Eday at our \u0441ounter"))
                .isTrue();
    }

    @Test
    void ordinaryTextInAnyAlphabetIsNotSpoofed() {
        List<String> text = List.of(
                "قالت وزارة الصحة إن الحملة ستبدأ الأسبوع المقبل في جميع المحافظات.",
                "Президент заявил, что компания Google и сервис YouTube должны соблюдать закон.",
                "The minister met the Ukrainian delegation in Kyiv on Monday.",
                "Der Verband stellte am Montag seine neue Kampagne vor.");
        for (String line : text)
            assertThat(SpoofedText.isSpoofed(line)).as(line).isFalse();
    }

    @Test
    void oneMixedWordIsATypoNotSpoofing() {
        assertThat(SpoofedText.isSpoofed("The s\u0435cond report came out on Friday."))
                .isFalse();
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) sb.append((char) random.nextInt(0x0700));
            SpoofedText.isSpoofed(sb.toString());
        }
    }
}
