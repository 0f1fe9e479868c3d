package dev.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkProfileTest {

    private static final List<dev.marsad.analyze.AnalyzedArticle> FLOW = SyntheticNews.articles(11L);

    @Test
    void readsBackWhatItStored() {
        for (var article : FLOW) {
            LinkProfile profile = LinkProfile.of(article);
            assertThat(LinkProfile.decode(profile.encode())).contains(profile);
        }
    }

    @Test
    void indexesItsMostFrequentWordsAsTerms() {
        LinkProfile profile = LinkProfile.of(FLOW.getFirst());
        int[] top = profile.topWords(LinkProfile.INDEXED_WORDS);
        assertThat(profile.words.size()).isGreaterThan(LinkProfile.INDEXED_WORDS);
        assertThat(profile.features().terms())
                .hasSize(LinkProfile.INDEXED_WORDS)
                .doesNotHaveDuplicates()
                .contains(LinkProfile.termKey(profile.words.keys[top[0]]));
        for (int i = 1; i < top.length; i++)
            assertThat(profile.words.weights[top[i]]).isLessThanOrEqualTo(profile.words.weights[top[i - 1]]);
    }

    @Test
    void scoresAnArticleAsFullySimilarToItself() {
        LinkProfile profile = LinkProfile.of(FLOW.getFirst());
        assertThat(TopicSimilarity.score(profile, profile)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsNothingFromAnotherFormatAndRefusesATruncatedProfile() {
        byte[] bytes = LinkProfile.of(FLOW.getFirst()).encode();
        byte[] otherFormat = bytes.clone();
        otherFormat[0] = 99;
        assertThat(LinkProfile.decode(otherFormat)).isEmpty();
        assertThat(LinkProfile.decode(new byte[0])).isEmpty();
        assertThatThrownBy(() -> LinkProfile.decode(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }
}
