package dev.marsad.arabic.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ثلاثون | 30",
                "ثلاثة عشر | 13",
                "اثنا عشر | 12",
                "إحدى عشرة | 11",
                "سبعة وأربعون | 47",
                "مائة | 100",
                "مئتين | 200",
                "ثلاث مائة | 300",
                "تسعمئة وتسعة وتسعون | 999",
                "ألف | 1000",
                "ألفين | 2000",
                "ثلاثة آلاف وخمسمائة | 3500",
                "عشرون ألفاً | 20000",
                "مليون وثلاثمائة ألف | 1300000",
                "مليون و200 ألف | 1200000",
                "نصف مليون | 500000",
                "ثلاثة ونصف | 3.5",
                "ربع | 0.25",
                "٢٥ | 25",
                "2,116 | 2116",
                "1.000.000 | 1000000",
                "3٫75 | 3.75",
                "4 ملايين | 4000000",
            })
    void readsCardinals(String words, String value) {
        var match = NumberWords.cardinalAt(TokenScanner.scan(words), 0);
        assertThat(match).as(words).isPresent();
        assertThat(match.get().value()).as(words).isEqualByComparingTo(new BigDecimal(value));
        assertThat(match.get().tokenCount())
                .as(words)
                .isEqualTo(TokenScanner.scan(words).size());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "الأول | 1",
                "الثالث عشر | 13",
                "السادس عشر | 16",
                "الحادي والعشرين | 21",
                "العاشرة | 10",
                "الثلاثين | 30"
            })
    void readsOrdinals(String words, int value) {
        var match = NumberWords.ordinalAt(TokenScanner.scan(words), 0);
        assertThat(match).as(words).isPresent();
        assertThat(match.get().value().intValue()).as(words).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void doesNotReadElevenWithoutItsTen() {
        assertThat(NumberWords.ordinalAt(TokenScanner.scan("الحادي"), 0)).isEmpty();
        assertThat(NumberWords.cardinalAt(TokenScanner.scan("أحد الشهود"), 0)).isEmpty();
    }
}
