package dev.marsad.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.crawl.Capture;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SaudiNewsNet articles as captured pages of the demo publishers. */
class NewsroomPagesTest {

    private static final String SENTENCE = "وأكد المتحدث أن العمل مستمر في المشروع حتى نهايته هذا العام.";

    private static SnnArticle article(String id, String outlet, String content) {
        return new SnnArticle(
                id, outlet, LocalDateTime.of(2015, 7, 21, 10, 0), "عنوان الخبر", "", content, Optional.of("Sports"));
    }

    @Test
    void aLongLineIsCutAtSentenceEndsIntoParagraphsOfAtMostEightyWords() {
        String line = (SENTENCE + " ").repeat(30).strip(); // 30 sentences of 11 words
        List<String> paragraphs = NewsroomPages.paragraphs("سطر أول\n" + line);
        assertThat(paragraphs.getFirst()).isEqualTo("سطر أول");
        assertThat(paragraphs).hasSizeGreaterThan(4);
        assertThat(paragraphs)
                .allSatisfy(p -> assertThat(p.split("\\s+").length).isLessThanOrEqualTo(80));
        assertThat(String.join(" ", paragraphs.subList(1, paragraphs.size()))).isEqualTo(line);
    }

    @Test
    void eachOutletIsOnePublisherAndCapturesNameTheirSource() {
        List<SnnArticle> batch =
                List.of(article("1", "okaz", SENTENCE), article("2", "sabq", SENTENCE), article("3", "okaz", SENTENCE));
        List<Capture> captures = new NewsroomPages(batch).captures(batch, 0);

        assertThat(captures).hasSize(3);
        assertThat(captures.get(0).sourceId()).isEqualTo(captures.get(2).sourceId());
        assertThat(captures.get(1).sourceId()).isNotEqualTo(captures.get(0).sourceId());
        assertThat(captures).allSatisfy(c -> {
            assertThat(c.sourceName()).isPresent();
            assertThat(c.hints().published()).isPresent();
            assertThat(c.page().fetchedAt()).isAfter(c.hints().published().orElseThrow());
        });
    }
}
