package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: titles kept the site's name ("صدى الأرز :: …") everywhere, RSS included. */
class DisplayTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "صدى الأرز :: حريق في غابات الشوف ; صدى الأرز ; حريق في غابات الشوف",
                "حريق في غابات الشوف | صدى الأرز ; صدى الأرز ; حريق في غابات الشوف",
                "حريق في غابات الشوف - صدى الأرز ; صدى الأرز ; حريق في غابات الشوف",
                "صدى الأرز: حريق في غابات الشوف ; صدى الأرز ; حريق في غابات الشوف",
                "حريق في غابات الشوف ; صدى الأرز ; حريق في غابات الشوف",
                "صدى الأرز ; صدى الأرز ; صدى الأرز",
                "أخبار صدى الأرز اليوم ; صدى الأرز ; أخبار صدى الأرز اليوم",
            })
    void removesTheSiteNameBeforeOrAfterTheHeadline(String title, String site, String expected) {
        assertThat(DisplayTitle.without(title.strip(), site.strip())).isEqualTo(expected.strip());
    }
}
