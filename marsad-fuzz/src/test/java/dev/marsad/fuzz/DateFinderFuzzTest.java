package dev.marsad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.DateMention;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The date finder reads any text against any reference moment: every mention it gives is a span
 * of that text, in order and not overlapping, and no input makes it throw.
 */
class DateFinderFuzzTest {

    private static final ArabicDateFinder FINDER = new ArabicDateFinder();
    /** 1900 to 2100: the years a news article may be published in. */
    private static final long FIRST = -2_208_988_800L;

    private static final long LAST = 4_102_444_800L;

    @FuzzTest
    void findsSpansOfTheText(FuzzedDataProvider data) {
        var reference = ZonedDateTime.ofInstant(
                Instant.ofEpochSecond(data.consumeLong(FIRST, LAST)), ZoneOffset.ofHours(data.consumeInt(-12, 14)));
        String text = data.consumeRemainingAsString();
        int previousEnd = 0;
        for (DateMention mention : FINDER.find(text, reference)) {
            assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            previousEnd = mention.end();
        }
    }
}
