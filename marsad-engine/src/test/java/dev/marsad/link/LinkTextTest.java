package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTextTest {

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "أعلنت الحكومة | اعلنت الحكومه | normalised as the core's SEARCH form",
                "في 20/9/2023 | في 20 9 2023 | punctuation inside a number cuts it",
                "عام 2015م و800 | عام 2015م و800 | a number glued to letters is one word, as written",
                "زار #كاراباخ | زار كاراباخ | a hashtag is its word",
                "NATO, Google | nato google | Latin in small letters",
                "ـــ كتاب | كتاب | marks only are no word",
            })
    void readsTheWordsOffTheAnalysedText(String text, String words, String rule) {
        assertThat(LinkText.words(text)).as(rule).containsExactly(words.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"وصل الوفد | إلى قره باخ", "في 2015 | م"})
    void readsParagraphsOneAfterTheOther(String first, String second) {
        List<AnalyzedText> paragraphs = List.of(AnalyzedText.of(first), AnalyzedText.of(second));
        assertThat(LinkText.words(paragraphs)).isEqualTo(LinkText.words(first + "\n\n" + second));
    }
}
