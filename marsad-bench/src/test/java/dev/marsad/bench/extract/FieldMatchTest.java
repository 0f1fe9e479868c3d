package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldMatchTest {

    @Test
    void titlesDifferingOnlyInSpacesQuotesAndDashesMatch() {
        assertThat(FieldMatch.title("وزير الرى:\u00a0لجنة  إيراد النهر", "وزير الرى: لجنة إيراد النهر"))
                .isTrue();
        assertThat(FieldMatch.title(
                        "Taylor Swift\u2019s \u2018Best Work\u2019 \u2013 review",
                        "Taylor Swift's 'Best Work' - review"))
                .isTrue();
        assertThat(FieldMatch.title("南海トラフ、一時調査\u3000巨大地震", "南海トラフ、一時調査 巨大地震")).isTrue();
    }

    @Test
    void titlesDifferingInWordsDoNotMatch() {
        assertThat(FieldMatch.title("وزير الرى: لجنة إيراد النهر", "وزير الرى: لجنة النهر"))
                .isFalse();
    }

    @Test
    void aDayAloneMatchesAnInstantOnThatDayInSomeZone() {
        assertThat(FieldMatch.date("2025-09-04", Instant.parse("2025-09-03T22:30:00Z")))
                .isTrue();
        assertThat(FieldMatch.date("2025-09-04", Instant.parse("2025-09-04T12:00:00Z")))
                .isTrue();
        assertThat(FieldMatch.date("2025-09-04", Instant.parse("2025-09-06T12:00:00Z")))
                .isFalse();
    }

    @Test
    void aTimeWithOffsetMustBeTheSameMinute() {
        assertThat(FieldMatch.date("2024-10-23 15:48:15+00:00", Instant.parse("2024-10-23T15:48:00Z")))
                .isTrue();
        assertThat(FieldMatch.date("2024-10-23 15:48:15+00:00", Instant.parse("2024-10-23T03:48:00Z")))
                .isFalse();
    }

    @Test
    void oneStringAuthorsCompareAsWordsWithoutJoiningWords() {
        assertThat(FieldMatch.authorWords("Maria & Katerina", List.of("Maria", "Katerina")))
                .isTrue();
        assertThat(FieldMatch.authorWords("سامي الحداد", List.of("سامي الحداد")))
                .isTrue();
        assertThat(FieldMatch.authorWords("Maria & Katerina", List.of("Maria"))).isFalse();
    }

    @Test
    void authorListsAndTagsIgnoreLetterCaseButNotMissingItems() {
        assertThat(FieldMatch.authorList(Set.of("Ziad Sankary"), List.of("ZIAD SANKARY")))
                .isTrue();
        assertThat(FieldMatch.tags(Set.of("Grønland", "Samfund"), List.of("grønland", "samfund")))
                .isTrue();
        assertThat(FieldMatch.tags(Set.of("Grønland", "Samfund"), List.of("grønland")))
                .isFalse();
        assertThat(FieldMatch.commonTags(Set.of("Grønland", "Samfund"), List.of("grønland", "Politik")))
                .isEqualTo(1);
    }
}
