package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Issue 13: a respelling whose words no article holds is dropped without a count, and only then. */
class TermPresenceTest {

    private final ArticleQueries queries = new ArticleQueries();

    private Query text(String text) {
        return queries.text(text).orElseThrow();
    }

    /**
     * The respelling on SolrCloud keeps one bound per text and reads "certainly nothing" from it: a
     * bound of 0 from the terms' frequencies is exactly {@link TermPresence#canMatch} false from which
     * terms are held, over many texts and frequencies (a tenth to a half of the terms absent).
     */
    @Test
    void aBoundOfZeroIsWhatCanMatchSays() {
        var random = new java.util.Random(7);
        int none = 0;
        List<String> texts = new java.util.ArrayList<>(RandomTexts.of(RandomTexts.WORDS, 7, 1500, 5));
        texts.addAll(List.of("\"قره باخ\"", "غزة أو الضفة", "قوات -الضفة", "+قوات +غزة", "مساعد*", "في من"));
        for (String given : texts) {
            Query query;
            try {
                query = text(given);
            } catch (QueryRejected e) {
                continue;
            }
            var frequencies = new java.util.HashMap<Term, Long>();
            double absent = 0.1 + 0.4 * random.nextDouble();
            for (Term term : TermPresence.terms(query))
                frequencies.put( // a term of unknown frequency (not listable) now and then, as production has
                        term,
                        random.nextDouble() < absent
                                ? 0L
                                : random.nextInt(10) == 0 ? TermPresence.UNBOUNDED : 1L + random.nextInt(500));
            java.util.function.ToLongFunction<Term> docFreq = t -> frequencies.getOrDefault(t, 0L);
            boolean zero = TermPresence.upperBound(query, docFreq) == 0;
            assertThat(zero).as(given).isEqualTo(!TermPresence.canMatch(query, t -> docFreq.applyAsLong(t) > 0));
            if (zero) none++;
        }
        assertThat(none).as("texts bounded at 0").isGreaterThan(100);
    }

    @Test
    void aQueryMatchesOnlyWhenItsTermsAreHeld() {
        Query query = text("قافلة مساعدات");
        assertThat(TermPresence.terms(query))
                .as("terms of both words in title and body")
                .hasSizeGreaterThan(2);
        assertThat(TermPresence.canMatch(query, t -> true)).isTrue();
        assertThat(TermPresence.canMatch(query, t -> false)).isFalse();
    }

    @Test
    void everyWordIsNeededWhenNoNameKeyStandsIn() {
        Query query = text("\"قافلة مساعدات\"");
        Set<Term> terms = TermPresence.terms(query);
        String mostWords = terms.iterator().next().text();
        Predicate<Term> oneWordOnly = t -> t.text().equals(mostWords);
        assertThat(TermPresence.canMatch(query, oneWordOnly))
                .as("a phrase with one word missing")
                .isFalse();
    }

    @Test
    void theNameKeysAloneCanFindASpellingTheWordsDoNot() {
        Query query = text("كاراباخ");
        List<String> keys = IndexAnalyzer.nameKeys(IndexAnalyzer.create(), IndexFields.BODY, "كاراباخ");
        assertThat(keys).as("كاراباخ has a name key").isNotEmpty();
        assertThat(TermPresence.canMatch(query, t -> keys.contains(t.text()))).isTrue();
        assertThat(TermPresence.canMatch(query, t -> !keys.contains(t.text()))).isTrue();
    }

    @Test
    void eitherSideOfAnOrSuffices() {
        Query query = text("غزة أو الضفة");
        Set<Term> gaza = TermPresence.terms(text("غزة"));
        assertThat(TermPresence.canMatch(query, gaza::contains)).isTrue();
        assertThat(TermPresence.canMatch(text("غزة الضفة"), gaza::contains))
                .as("both words required")
                .isFalse();
    }

    /** Issue 13: the bound ranks respellings without counting them, so it must never fall below a count. */
    @Test
    void boundsAQueryByItsRarestRequiredWordAndSumsTheAlternatives() {
        Term common = new Term(IndexFields.BODY, "common");
        Term rare = new Term(IndexFields.BODY, "rare");
        Term other = new Term(IndexFields.TITLE, "other");
        java.util.function.ToLongFunction<Term> docFreq =
                t -> t.equals(common) ? 500 : t.equals(rare) ? 3 : t.equals(other) ? 7 : 0;
        Query both = new BooleanQuery.Builder()
                .add(new TermQuery(common), Occur.MUST)
                .add(new TermQuery(rare), Occur.MUST)
                .build();
        assertThat(TermPresence.upperBound(both, docFreq)).as("both words").isEqualTo(3);
        Query either = new BooleanQuery.Builder()
                .add(new TermQuery(rare), Occur.SHOULD)
                .add(new TermQuery(other), Occur.SHOULD)
                .build();
        assertThat(TermPresence.upperBound(either, docFreq)).as("either word").isEqualTo(10);
        Query withAbsent = new BooleanQuery.Builder()
                .add(new TermQuery(common), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.BODY, "absent")), Occur.MUST)
                .build();
        assertThat(TermPresence.upperBound(withAbsent, docFreq))
                .as("a required word absent")
                .isZero();
        assertThat(TermPresence.upperBound(new PrefixQuery(common), docFreq))
                .as("a query type it does not know")
                .isEqualTo(TermPresence.UNBOUNDED);
    }

    @Test
    void aRealQueryIsBoundedByItsTermsAndNothingWhenTheyAreAbsent() {
        Query query = text("قافلة مساعدات");
        long bound = TermPresence.upperBound(query, t -> 2);
        assertThat(bound).isPositive();
        assertThat(TermPresence.upperBound(query, t -> 0)).isZero();
    }

    @Test
    void prohibitedEmptyAndUnknownClausesAreJudgedAsLuceneWould() {
        var onlyProhibited = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.BODY, "x")), Occur.MUST_NOT)
                .build();
        assertThat(TermPresence.canMatch(onlyProhibited, t -> true)).isFalse();
        assertThat(TermPresence.canMatch(new BooleanQuery.Builder().build(), t -> true))
                .isFalse();
        assertThat(TermPresence.canMatch(new PrefixQuery(new Term(IndexFields.BODY, "قاف")), t -> false))
                .as("a query type it does not know may match")
                .isTrue();
    }
}
