package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a respelling's text whose query is within that of a text that found nothing is not
 * counted on SolrCloud; "within" must never be said of a query that matches a document the other
 * does not.
 */
class RequiredClausesTest extends CountedArticles {

    private Query text(String text) {
        return queries.text(text).orElseThrow();
    }

    private boolean isWithin(String inner, String outer) {
        return RequiredClauses.of(text(inner)).isWithin(RequiredClauses.of(text(outer)));
    }

    /** Every pair of texts: when one is said to be within the other, no article matches it alone. */
    @Test
    void aQueryWithinAnotherMatchesNothingTheOtherDoesNot() {
        int within = 0;
        for (String inner : TEXTS)
            for (String outer : TEXTS) {
                if (!isWithin(inner, outer)) continue;
                within++;
                Query outside = new BooleanQuery.Builder()
                        .add(text(inner), Occur.MUST)
                        .add(text(outer), Occur.MUST_NOT)
                        .build();
                assertThat(index.count(outside))
                        .as("'%s' said within '%s'", inner, outer)
                        .isZero();
            }
        assertThat(within).as("pairs shown within, beyond each text itself").isGreaterThan(TEXTS.size());
    }

    @Test
    void moreWordsBesideTheSameWordsAreWithinThem() {
        assertThat(isWithin("قافلة مساعدات غزة", "مساعدات غزة")).isTrue();
        assertThat(isWithin("قافلة مساعدات إنسانية غزة", "قافلة مساعدات غزة")).isTrue();
        assertThat(isWithin("مساعدات غزة", "قافلة مساعدات غزة"))
                .as("fewer words")
                .isFalse();
    }

    /** A name spelt as two words beside another word: both its words and its name key are required. */
    @Test
    void aNameSpeltAsTwoWordsBesideAnotherIsWithinTheName() {
        assertThat(isWithin("قره باخ قوات", "قره باخ")).isTrue();
        assertThat(isWithin("قره باخ قوات", "قوات")).isTrue();
        assertThat(isWithin("قره باخ", "قره باخ قوات")).isFalse();
        assertThat(isWithin("قرهباخ", "قره باخ"))
                .as("the name spelt as one word has another key")
                .isFalse();
    }

    @Test
    void anExclusionIsNotSeenAsAWiderQuery() {
        assertThat(isWithin("قوات", "قوات -الضفة")).isFalse();
        Query excluding = new BooleanQuery.Builder()
                .add(term("a"), Occur.MUST)
                .add(term("x"), Occur.MUST_NOT)
                .build();
        Query more = new BooleanQuery.Builder()
                .add(term("a"), Occur.MUST)
                .add(term("b"), Occur.MUST)
                .build();
        assertThat(RequiredClauses.of(more).isWithin(RequiredClauses.of(excluding)))
                .as("a and b within a without x")
                .isFalse();
        assertThat(RequiredClauses.of(excluding).isWithin(RequiredClauses.of(term("a"))))
                .as("a without x within a")
                .isTrue();
    }

    /**
     * The texts that found nothing, filed by their clauses ({@link RequiredClauses.Outers}), answer
     * for every text what comparing it with each of them answers: many texts of a few words (so that
     * many are within others), a random tenth to a half of them taken as the ones that found nothing.
     */
    @Test
    void filedTextsAnswerAsComparingWithEveryOne() {
        List<String> words = List.of(
                "قره", "باخ", "قرهباخ", "كاراباخ", "قوات", "غزة", "الضفة", "في", "مساعدات", "أبو", "ظبي", "قافلة");
        var all = new ArrayList<RequiredClauses>();
        for (String text : RandomTexts.of(words, 13, 600, 4)) all.add(RequiredClauses.of(text(text)));
        var random = new Random(13);
        for (String syntax : TEXTS) all.add(RequiredClauses.of(text(syntax)));
        int within = 0;
        for (int round = 0; round < 6; round++) {
            var outers = new RequiredClauses.Outers();
            var plain = new ArrayList<RequiredClauses>();
            double share = 0.1 + 0.08 * round;
            for (RequiredClauses clauses : all)
                if (random.nextDouble() < share) {
                    outers.add(clauses);
                    plain.add(clauses);
                }
            for (RequiredClauses inner : all) {
                boolean expected = plain.stream().anyMatch(inner::isWithin);
                assertThat(outers.holdOne(inner)).isEqualTo(expected);
                if (expected) within++;
            }
        }
        assertThat(within).as("texts within one of the others").isGreaterThan(1000);
        assertThat(new RequiredClauses.Outers().holdOne(all.getFirst())).isFalse();
    }

    /** A text that requires a disjunction of another's alternatives, each a conjunction, is found filed under them. */
    @Test
    void aFiledTextIsFoundByTheAlternativesItHolds() {
        Query ab = both(term("a"), term("b"));
        Query cd = both(term("c"), term("d"));
        Query outer = new BooleanQuery.Builder()
                .add(ab, Occur.SHOULD)
                .add(cd, Occur.SHOULD)
                .build();
        Query inner = both(outer, term("e"));
        var outers = new RequiredClauses.Outers();
        outers.add(RequiredClauses.of(outer));
        assertThat(RequiredClauses.of(inner).isWithin(RequiredClauses.of(outer)))
                .isTrue();
        assertThat(outers.holdOne(RequiredClauses.of(inner))).isTrue();
        assertThat(outers.holdOne(RequiredClauses.of(both(term("a"), term("e")))))
                .as("a and e are not within (a and b) or (c and d)")
                .isFalse();
    }

    private static Query both(Query first, Query second) {
        return new BooleanQuery.Builder()
                .add(first, Occur.MUST)
                .add(second, Occur.MUST)
                .build();
    }

    private static Query term(String text) {
        return new TermQuery(new Term(IndexFields.BODY, text));
    }
}
