package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The engine's query trees in Solr's syntax, term for term. */
class SolrQueryWriterTest {

    private final ArticleQueries queries = new ArticleQueries();

    @Test
    void quotesAndEscapesEveryTerm() {
        var query = new TermQuery(new Term("tag", "a \"quoted\" \\ key"));
        assertThat(SolrQueryWriter.write(query)).isEqualTo("tag:\"a \\\"quoted\\\" \\\\ key\"");
    }

    /**
     * Issue 13: a respelling's count asks the text reduced to what decides its matches ({@link
     * MatchingOnly}): no boost, no nesting of one clause: fewer nodes for Solr to parse and rewrite on every
     * shard; the name key's alternative stays (a name spelt as two words finds it spelt as one).
     */
    @Test
    void writesACountsTextWithoutBoostsOrNesting() {
        var text = queries.text("قره باخ").orElseThrow();
        String whole = SolrQueryWriter.write(text);
        String counted = SolrQueryWriter.write(MatchingOnly.of(text));
        // the fields' order is the text query's (a Map.of's, which varies between JVMs)
        assertThat(counted)
                .doesNotContain("^")
                .startsWith("((+(")
                .contains("body:\"قره\"", "body:\"باخ\"", ") +(", ")) ", "body:\"~KRBK\"")
                .doesNotContain("(+(title:\"~KRBK\"");
        assertThat(counted.length()).as("shorter than %s", whole).isLessThan(whole.length());
    }

    @Test
    void writesFiltersAsNonScoringClausesAndExclusionsAsNegations() {
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "x")), Occur.MUST)
                .add(new TermQuery(new Term("kind", "article")), Occur.FILTER)
                .add(new TermQuery(new Term("id", "article:1")), Occur.MUST_NOT)
                .add(new TermQuery(new Term("title", "y")), Occur.SHOULD)
                .build();
        assertThat(SolrQueryWriter.write(query))
                .isEqualTo("(+body:\"x\" +filter(kind:\"article\") -id:\"article:1\" title:\"y\")");
    }

    /**
     * Issue 13 (known-item recall): a minimum number of optional clauses, which the standard syntax
     * cannot say, is Solr's bool parser with {@code mm}, each clause a quoted local parameter whose
     * quotes and backslashes are escaped once more (run on the real cluster by the contract suite).
     */
    @Test
    void writesAMinimumOfOptionalClausesAsTheBoolParserWithMm() {
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "a")), Occur.SHOULD)
                .add(new TermQuery(new Term("body", "b\"c")), Occur.SHOULD)
                .add(new TermQuery(new Term("body", "d")), Occur.SHOULD)
                .add(new TermQuery(new Term("kind", "article")), Occur.FILTER)
                .setMinimumNumberShouldMatch(2)
                .build();
        assertThat(SolrQueryWriter.write(query))
                .isEqualTo("({!bool mm=2 should=\"body:\\\"a\\\"\" should=\"body:\\\"b\\\\\\\"c\\\"\""
                        + " should=\"body:\\\"d\\\"\" filter=\"kind:\\\"article\\\"\"} )");
    }

    @Test
    void writesTheMostWordsOfAReadersTextWithTheirMinimum() {
        String written = SolrQueryWriter.write(
                queries.mostWords("قافلة مساعدات زلزال").orElseThrow().query());
        assertThat(written).startsWith("({!bool mm=2 should=").endsWith("} )");
        assertThat(written.split(" should=")).hasSize(4);
    }

    /** Issue 13: the highlighting query asks the body's terms of the field that keeps their offsets. */
    @Test
    void renamesTheFieldsOfEveryTermPhraseAndSynonymAndKeepsTheOthers() {
        var phrase = new PhraseQuery.Builder()
                .add(new Term("body", "a"), 0)
                .add(new Term("body", "b"), 2)
                .build();
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "x")), Occur.MUST)
                .add(phrase, Occur.SHOULD)
                .add(
                        new org.apache.lucene.search.SynonymQuery.Builder("body")
                                .addTerm(new Term("body", "y"))
                                .addTerm(new Term("body", "z"))
                                .build(),
                        Occur.SHOULD)
                .add(new TermQuery(new Term("title", "x")), Occur.SHOULD)
                .build();
        assertThat(SolrQueryWriter.write(query, f -> f.equals("body") ? "body_passages" : f))
                .isEqualTo("(+body_passages:\"x\" body_passages:\"a b\"~1 (body_passages:\"y\" body_passages:\"z\")"
                        + " title:\"x\")");
    }

    @Test
    void givesCandidateKeysTheirWeightsAsConstantScores() {
        var candidates = new CandidateQuery(
                List.of(new CandidateQuery.Key(CandidateQuery.Field.BAND, "b1", 7)),
                Optional.of(new CandidateQuery.Window(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000))),
                Set.of(),
                5);
        assertThat(SolrQueryWriter.write(queries.candidates(candidates)))
                .contains("(fingerprint:\"b1\")^=7.0")
                .contains("+filter(published:[1000 TO 2000])");
    }

    @Test
    void writesAnOpenDateRangeWithAStar() {
        var query = SearchQuery.of("").withPage(1, 10);
        var from = new SearchQuery(
                "",
                Optional.of(LocalDate.of(2023, 9, 20)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                query.page(),
                query.pageSize());
        assertThat(SolrQueryWriter.write(queries.filtered(Optional.empty(), from)))
                .contains("published:[1695168000000 TO *]");
    }

    @Test
    void writesAReadersPhraseAsAPhraseOfItsAnalysedTerms() {
        String written = SolrQueryWriter.write(queries.text("«وقف إطلاق النار»").orElseThrow());
        assertThat(written).contains("body:\"").contains("title:\"").doesNotContain("«");
        var phrase = new PhraseQuery.Builder()
                .add(new Term("body", "a"), 0)
                .add(new Term("body", "b"), 2)
                .build();
        assertThat(SolrQueryWriter.write(phrase))
                .as("a left-out word becomes slop")
                .isEqualTo("body:\"a b\"~1");
    }

    @Test
    void refusesAQueryTypeTheEngineNeverBuilds() {
        assertThatThrownBy(() -> SolrQueryWriter.write(new FuzzyQuery(new Term("body", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FuzzyQuery");
    }
}
