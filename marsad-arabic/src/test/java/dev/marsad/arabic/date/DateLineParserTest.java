package dev.marsad.arabic.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "تاريخ النشر: 20th, September 2023 GMT | 2023-09-20T00:00Z",
                "الأربعاء 20 سبتمبر 2023 - 10:30 ص | 2023-09-20T10:30Z",
                "الأربعاء، 20 سبتمبر 2023 - 10:30 م | 2023-09-20T22:30Z",
                "٢٠ أيلول ٢٠٢٣ | 2023-09-20T00:00Z",
                "2023/09/20 14:05 | 2023-09-20T14:05Z",
                "20-09-2023 | 2023-09-20T00:00Z",
                "نشر في: 3 يناير 2024 الساعة 08:15 بتوقيت مكة | 2024-01-03T08:15+03:00[Asia/Riyadh]",
                "آخر تحديث: الخميس 5 أكتوبر 2023 - 17:45 بتوقيت غرينتش | 2023-10-05T17:45Z",
                "September 20, 2023 | 2023-09-20T00:00Z",
                "الجمعة 1 تشرين الأول 2021 | 2021-10-01T00:00Z",
                "12 جويلية 2022 | 2022-07-12T00:00Z",
                "الإثنين ٢٤ أغسطس ٢٠٢٠ ٠٩:٢٣ ص | 2020-08-24T09:23Z",
                "الجمعة 14 ربيع الأول 1445 هـ | 2023-09-29T00:00Z",
                "20.09.2023 | 2023-09-20T00:00Z",
                "2023-09-20T14:05+03:00 | 2023-09-20T14:05+03:00",
                "UTC 08:05 01.02.2021 | 2021-02-01T08:05Z",
                "نُشر في 20 سبتمبر 2023 - آخر تحديث 21 سبتمبر 2023 10:00 | 2023-09-20T00:00Z",
                "GMT+2 19:40 - 3 Mar 2022 | 2022-03-03T19:40+02:00",
            })
    void readsCompleteDateLines(String line, String expected) {
        assertThat(DateLineParser.parse(line)).as(line).contains(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"منذ ساعتين", "أمس", "", "   ", "تاريخ النشر:", "20 سبتمبر", "اقرأ أيضاً"})
    void givesNothingForLinesWithoutACompleteDate(String line) {
        assertThat(DateLineParser.parse(line)).as(line).isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void givesNothingForNull() {
        assertThat(DateLineParser.parse(null)).isEmpty();
    }
}
