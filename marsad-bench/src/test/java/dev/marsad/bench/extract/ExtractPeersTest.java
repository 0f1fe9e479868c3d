package dev.marsad.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, part 8: how the peers' verdicts are turned into cut texts for the agreement rules. */
class ExtractPeersTest {

    private static final String FIRST =
            "قال رئيس البلدية يوم الاثنين إن الجسر الجديد سيفتح أمام السيارات الشهر المقبل بعد تأخير طويل.";
    private static final String SECOND =
            "وأغلق المهندسون المعبر القديم مرتين خلال الأشغال بسبب الأمطار الغزيرة التي شهدتها المدينة.";
    private static final String THIRD = "ويتوقع السكان أن يخفف الجسر الازدحام على الطريق الساحلي في ساعات الصباح.";
    private static final String NOTE = "عن الصحيفة: جريدة يومية مستقلة.";
    private static final String FOLLOW = "تابعونا على الشبكات.";

    private static ExtractPeers.Para para(String text, boolean content, boolean bp, boolean rd) {
        return new ExtractPeers.Para(text, content, bp, rd);
    }

    private static String joined(String... paras) {
        return String.join(Article.PARAGRAPH_SEPARATOR, paras);
    }

    private final List<ExtractPeers.Para> page = List.of(
            para(FIRST, true, true, true),
            para(SECOND, true, false, true),
            para(THIRD, true, true, true),
            para(NOTE, false, true, false),
            para(FOLLOW, false, false, false));

    @Test
    void theTrailingRunAVoteDropsIsCutAndTheBodyInsideStays() {
        assertThat(ExtractPeers.texts(List.of(page), ExtractPeers.Vote.READABILITY, ExtractPeers.Cut.TRAIL))
                .containsExactly(joined(FIRST, SECOND, THIRD));
        assertThat(ExtractPeers.texts(List.of(page), ExtractPeers.Vote.BOTH_DROP, ExtractPeers.Cut.TRAIL))
                .as("boilerpipe keeps the note, so both drop the last line only")
                .containsExactly(joined(FIRST, SECOND, THIRD, NOTE));
    }

    @Test
    void anywhereCutsInsideTheBodyAndTheCeilingOnlyWhatTheGoldDrops() {
        assertThat(ExtractPeers.texts(List.of(page), ExtractPeers.Vote.EITHER_DROPS, ExtractPeers.Cut.ANYWHERE))
                .containsExactly(joined(FIRST, THIRD));
        assertThat(ExtractPeers.texts(List.of(page), ExtractPeers.Vote.EITHER_DROPS, ExtractPeers.Cut.CEILING))
                .containsExactly(joined(FIRST, SECOND, THIRD));
    }

    @Test
    void aRunOverTheShareLimitOrTheWholeBodyIsNeverCut() {
        var shortBody = List.of(para(NOTE, false, false, false), para(FIRST + " " + SECOND, false, false, false));
        assertThat(ExtractPeers.texts(List.of(shortBody), ExtractPeers.Vote.BOTH_DROP, ExtractPeers.Cut.TRAIL))
                .as("the last paragraph is over 40 % of the body: it stays")
                .containsExactly(joined(NOTE, FIRST + " " + SECOND));
        assertThat(ExtractPeers.texts(List.of(shortBody), ExtractPeers.Vote.BOTH_DROP, ExtractPeers.Cut.EDGES))
                .as("the short first paragraph is a leading run within the limit")
                .containsExactly(FIRST + " " + SECOND);
        var allDropped = List.of(para(FOLLOW, false, false, false));
        assertThat(ExtractPeers.texts(List.of(allDropped), ExtractPeers.Vote.BOTH_DROP, ExtractPeers.Cut.ANYWHERE))
                .containsExactly(FOLLOW);
    }

    @Test
    void withoutAVoteTheTextIsMarsadsOwn() {
        assertThat(ExtractPeers.texts(List.of(page), null, null))
                .containsExactly(joined(FIRST, SECOND, THIRD, NOTE, FOLLOW));
    }
}
