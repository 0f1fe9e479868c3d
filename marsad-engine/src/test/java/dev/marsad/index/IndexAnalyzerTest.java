package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Issue 13: the name keys of a text are found without stemming its words, and are the same keys. */
class IndexAnalyzerTest {

    @Test
    void keysWithoutTheStemmerAreTheKeysOfTheIndexAnalyzer() {
        Analyzer index = IndexAnalyzer.create();
        Analyzer keys = IndexAnalyzer.nameKeysOnly();
        int withKeys = 0;
        for (String text : RandomTexts.of(RandomTexts.WORDS, 20261207, 3000, 7)) {
            List<String> expected = IndexAnalyzer.nameKeys(index, IndexFields.BODY, text);
            assertThat(IndexAnalyzer.nameKeys(keys, IndexFields.BODY, text))
                    .as(text)
                    .isEqualTo(expected);
            if (!expected.isEmpty()) withKeys++;
        }
        String long1 = "كارا".repeat(80);
        assertThat(IndexAnalyzer.nameKeys(keys, IndexFields.BODY, long1 + " قره باخ"))
                .as("a word past the longest term, cut")
                .isEqualTo(IndexAnalyzer.nameKeys(index, IndexFields.BODY, long1 + " قره باخ"));
        assertThat(withKeys).as("texts with name keys").isGreaterThan(2000);
    }
}
