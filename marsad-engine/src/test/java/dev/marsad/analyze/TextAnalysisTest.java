package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11, part 6: a plain text analysed as an article, mentions located in the text given. */
class TextAnalysisTest {

    private static final URI ID = URI.create("urn:test:1");

    @Test
    void locatesEveryMentionInTheTextGiven() {
        String text = "\n  زار وفد من أذربيجان مدينة باكو.\n\n\tوقالت أرمينيا إن المحادثات في جنيف مستمرة.  \n";
        TextAnalysis analysis = Fixtures.ANALYZER.analyzeText("محادثات", text, Optional.empty(), ID);
        assertThat(analysis.mentions()).hasSizeGreaterThanOrEqualTo(4);
        for (EntityMention m : analysis.mentions()) {
            String covered = text.substring(m.start(), m.end());
            Entity entity = analysis.analyzed().entities().stream()
                    .filter(e -> e.id().equals(m.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(entity.variants()).as(m.id()).contains(covered);
        }
        assertThat(analysis.mentions()).extracting(EntityMention::id).contains("loc:baku", "loc:geneva");
    }

    @Test
    void givesTheSectionOfTheUrlGiven() {
        TextAnalysis analysis = Fixtures.ANALYZER.analyzeText(
                "جولة في الرياض",
                "التقى الوزيران في الرياض.",
                Optional.empty(),
                URI.create("https://example.com/world/1/2"));
        assertThat(analysis.analyzed().section()).isEqualTo(Section.WORLD);
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> Fixtures.ANALYZER.analyzeText(" ", "نص", Optional.empty(), ID))
                .hasMessageContaining("blank title");
    }
}
