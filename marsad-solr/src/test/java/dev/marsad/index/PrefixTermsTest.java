package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (review of the prefix fix): a reader's prefix reaches SolrCloud as its first words, term
 * by term, bounded as on the embedded index, instead of every word Solr's parser would match. The
 * words come from a lookup of the test's own: no cluster.
 */
class PrefixTermsTest {

    private final ArticleQueries queries = new ArticleQueries();
    private final List<String> looked = new ArrayList<>();
    private final Map<String, List<String>> wordsOfBody = new HashMap<>();

    private final PrefixTerms prefixes = new PrefixTerms((fields, prefix) -> {
        looked.add(prefix + " " + fields.size());
        var words = new HashMap<String, List<String>>();
        for (String field : fields)
            words.put(field, field.equals(IndexFields.BODY) ? wordsOfBody.getOrDefault(prefix, List.of()) : List.of());
        return words;
    });

    private Query expanded(String text) {
        return prefixes.expand(queries.text(text).orElseThrow());
    }

    private static List<String> terms(Query query) {
        var terms = new ArrayList<String>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... ts) {
                for (var t : ts) terms.add(t.field() + ":" + t.text());
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }

    private static boolean hasPrefix(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query q) {
                if (q instanceof PrefixQuery) found[0] = true;
            }

            @Override
            public void consumeTermsMatching(
                    Query q,
                    String field,
                    java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    @Test
    void leavesAQueryWithoutPrefixAsItIs() {
        Query words = queries.text("الانتخابات البلدية").orElseThrow();
        assertThat(prefixes.expand(words)).isSameAs(words);
        assertThat(looked).isEmpty();
    }

    @Test
    void asksAPrefixsWordsOnceForAllItsFieldsAndAsksThemTermByTerm() {
        wordsOfBody.put("انتخ", List.of("انتخاب", "انتخب"));
        Query q = expanded("البلدية انتخ*");
        assertThat(looked).as("one lookup, three fields").containsExactly("انتخ 3");
        assertThat(hasPrefix(q)).isFalse();
        assertThat(terms(q)).contains(IndexFields.BODY + ":انتخاب", IndexFields.BODY + ":انتخب");
        assertThat(HitHighlighter.canMark(q)).as("Solr marks the words itself").isTrue();
    }

    @Test
    void aPrefixWithoutWordsMatchesNothing() {
        Query q = expanded("قطار*");
        assertThat(hasPrefix(q)).isFalse();
        assertThat(q.toString()).contains(new MatchNoDocsQuery().toString().substring(0, 10));
    }

    @Test
    void expandsAPrefixUnderNotToo() {
        wordsOfBody.put("قطار", List.of("قطار", "قطارات"));
        Query q = expanded("البلدية -قطار*");
        assertThat(hasPrefix(q)).isFalse();
        assertThat(terms(q)).contains(IndexFields.BODY + ":قطارات");
    }
}
