package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, part 8: a story title showed "&quot;" because the site had escaped it twice. */
class EscapedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "وزير النقل: &quot;الطريق يفتح غداً&quot;|وزير النقل: \"الطريق يفتح غداً\"",
                "الشاحنات &amp; الحافلات|الشاحنات & الحافلات",
                "&#34;اقتباس&#x22;|\"اقتباس\"",
                "AT&T يطلق خدمة|AT&T يطلق خدمة",
                "https://a.example/x?id=1&copy=2|https://a.example/x?id=1&copy=2",
                "&amp;quot;مرتين&amp;quot;|&quot;مرتين&quot;",
            })
    void decodesLeftoverReferencesOnceAndLeavesBareAmpersands(String text, String decoded) {
        assertThat(EscapedText.decoded(text)).isEqualTo(decoded);
    }
}
