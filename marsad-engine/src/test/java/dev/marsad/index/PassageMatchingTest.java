package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: a hit's passages are matched by the query's weight only when the reader asked for a
 * phrase; otherwise by the query's terms, which costs SolrCloud's request 0.2–0.3 ms less. The
 * reader's text goes through the same parser as a search.
 */
class PassageMatchingTest {

    private final ArticleQueries queries = new ArticleQueries();

    private PassageMatching of(String text) {
        return PassageMatching.of(queries.text(text).orElseThrow());
    }

    @Test
    void matchesWordsByTheirTerms() {
        assertThat(of("الزلزال المدمر")).as("two words").isEqualTo(PassageMatching.TERMS);
        assertThat(of("قره باخ")).as("a name with spelling-variant keys").isEqualTo(PassageMatching.TERMS);
        assertThat(of("الزلزال -المدمر")).as("a word left out").isEqualTo(PassageMatching.TERMS);
    }

    @Test
    void matchesAQuotedPhraseByTheQueryWeight() {
        assertThat(of("\"الزلزال المدمر\"")).as("a phrase alone").isEqualTo(PassageMatching.WEIGHT);
        assertThat(of("تركيا \"الزلزال المدمر\"")).as("a phrase beside a word").isEqualTo(PassageMatching.WEIGHT);
    }
}
