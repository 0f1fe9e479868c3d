package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** What {@link SearchedTerms} asks of the one field, and what it leaves as it is (the matches would change). */
class SearchedTermsTest {

    private static Query inAll(String term) {
        var either = new BooleanQuery.Builder();
        for (String field : IndexFields.SEARCHED_TEXT) either.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return either.build();
    }

    private static Query one(String term) {
        return new TermQuery(new Term(SolrDocuments.SEARCHED_TERMS, term));
    }

    private static Query all(Query... clauses) {
        var all = new BooleanQuery.Builder();
        for (Query q : clauses) all.add(q, Occur.MUST);
        return all.build();
    }

    @Test
    void aTermSoughtInEveryTextFieldIsSoughtOnce() {
        assertThat(SearchedTerms.of(inAll("سلاح"))).contains(one("سلاح"));
        assertThat(SearchedTerms.of(all(inAll("لاعب"), inAll("مصر")))).contains(all(one("لاعب"), one("مصر")));
        // words or their keys, each in every field: the same tree of the one field
        var either = new BooleanQuery.Builder()
                .add(all(inAll("لاعب"), inAll("مصر")), Occur.SHOULD)
                .add(all(inAll("~LaEB"), inAll("~MXRi")), Occur.SHOULD)
                .build();
        var expected = new BooleanQuery.Builder()
                .add(all(one("لاعب"), one("مصر")), Occur.SHOULD)
                .add(all(one("~LaEB"), one("~MXRi")), Occur.SHOULD)
                .build();
        assertThat(SearchedTerms.of(either)).contains(expected);
        // two terms of one word (a disjunction flattened by MatchingOnly)
        var two = new BooleanQuery.Builder();
        for (String term : new String[] {"حكم", "حكوم"})
            for (String field : IndexFields.SEARCHED_TEXT) two.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        assertThat(SearchedTerms.of(two.build()))
                .contains(new BooleanQuery.Builder()
                        .add(one("حكم"), Occur.SHOULD)
                        .add(one("حكوم"), Occur.SHOULD)
                        .build());
    }

    @Test
    void whatWouldMatchOtherArticlesIsLeftAsItIs() {
        var titleOnly = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TITLE, "سلاح")), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.BODY, "سلاح")), Occur.SHOULD)
                .build();
        assertThat(SearchedTerms.of(titleOnly))
                .as("a term of two fields of three")
                .isEmpty();
        assertThat(SearchedTerms.of(all(new TermQuery(new Term(IndexFields.BODY, "سلاح")), inAll("مصر"))))
                .as("a required term of one field")
                .isEmpty();
        var phrase = new BooleanQuery.Builder();
        for (String field : IndexFields.SEARCHED_TEXT) phrase.add(new PhraseQuery(field, "قره", "باخ"), Occur.SHOULD);
        assertThat(SearchedTerms.of(all(phrase.build(), inAll("وفد"))))
                .as("a phrase")
                .isEmpty();
        var not = new BooleanQuery.Builder()
                .add(inAll("لاعب"), Occur.MUST)
                .add(inAll("مصر"), Occur.MUST_NOT)
                .build();
        assertThat(SearchedTerms.of(not)).as("a prohibited word").isEmpty();
        var most = new BooleanQuery.Builder()
                .add(inAll("لاعب"), Occur.SHOULD)
                .add(inAll("مصر"), Occur.SHOULD)
                .add(inAll("سلاح"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2)
                .build();
        assertThat(SearchedTerms.of(most)).as("two words of three").isEmpty();
        assertThat(SearchedTerms.of(new TermQuery(new Term(IndexFields.KIND, "article"))))
                .isEmpty();
    }
}
