package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a respelling's texts are built from their words' queries kept from one text to the next
 * ({@link RespellingTexts}); every text must get exactly the query {@link ArticleQueries#text} parses
 * (the same tree, clause for clause and in the same order, so the same facet query is written).
 */
class RespellingTextsTest {

    private final ArticleQueries queries = new ArticleQueries();

    @Test
    void everyTextOfRandomWordsGetsTheParsedQuery() {
        var texts = new RespellingTexts(queries);
        int checked = 0;
        for (String text : RandomTexts.of(RandomTexts.WORDS, 20261207, 4000, 6)) {
            assertSameQuery(texts, text);
            checked++;
        }
        assertThat(checked).isEqualTo(4000);
    }

    /** A respelling's step: one word replaced by each other word, the rest kept, the texts of one object. */
    @Test
    void everyTextOfAStepGetsTheParsedQuery() {
        var texts = new RespellingTexts(queries);
        List<String> base = List.of("قره", "باخ", "قوات", "في", "غزة");
        for (int at = 0; at < base.size(); at++)
            for (String other : RandomTexts.WORDS) {
                var words = new ArrayList<>(base);
                words.set(at, other);
                assertSameQuery(texts, String.join(" ", words));
                // the same text again: the query kept
                assertSameQuery(texts, String.join(" ", words));
            }
    }

    @Test
    void textsOfSyntaxWhitespaceAndNothingSearchableGetTheParsedQuery() {
        var texts = new RespellingTexts(queries);
        for (String text : List.of(
                "\"قره باخ\"",
                "«قره باخ»",
                "غزة أو الضفة",
                "قوات -الضفة",
                "+قوات +غزة",
                "قوات | غزة",
                "(قوات غزة) قره",
                "مساعد*",
                "*",
                "قوات\\ غزة",
                "قوات~ غزة",
                " قوات\tغزة\nقره\rباخ ",
                "قوات\u00a0غزة",
                "قوات\u2003غزة",
                "في من على",
                "،",
                "... ،",
                "أو",
                "غزة أو",
                "ما",
                "x")) assertSameQuery(texts, text);
        assertThat(texts.text("  ")).isEmpty();
        assertThat(texts.text("")).isEmpty();
    }

    /**
     * The reader's syntax is read without running its patterns when a text has no quotation mark and
     * no waw or "OR": the same text as the patterns give, for every text.
     */
    @Test
    void theReadersSyntaxIsWhatItsPatternsGive() {
        var texts = new java.util.ArrayList<>(RandomTexts.of(RandomTexts.WORDS, 11, 2000, 5));
        texts.addAll(List.of(
                "«قره باخ»",
                "“غزة” الضفة",
                "غزة أو الضفة",
                "غزة او الضفة",
                "غزة OR الضفة",
                "أو غزة",
                "غزة أو",
                "غزة ORDER",
                "ORغزة",
                "وقف",
                "ولا",
                "غزة أو الضفة",
                "„a‟ ″b″"));
        for (String text : texts) {
            String patterns =
                    text.replaceAll("[«»“”„‟″]", "\"").replaceAll("(?<=\\S)\\s+(?:OR|أو|او)\\s+(?=\\S)", " | ");
            assertThat(BoundedQueryParser.readerSyntax(text)).as(text).isEqualTo(patterns);
        }
    }

    @Test
    void aTextOfTooManyTermsIsRejectedAsByTheParser() {
        String many = String.join(" ", RandomTexts.WORDS.subList(0, 20));
        assertThatThrownBy(() -> queries.text(many)).isInstanceOf(QueryRejected.class);
        assertThatThrownBy(() -> new RespellingTexts(queries).text(many))
                .isInstanceOf(QueryRejected.class)
                .hasMessageContaining("terms");
    }

    private void assertSameQuery(RespellingTexts texts, String text) {
        Optional<Query> parsed;
        try {
            parsed = queries.text(text);
        } catch (QueryRejected e) {
            assertThatThrownBy(() -> texts.text(text)).as(text).isInstanceOf(QueryRejected.class);
            return;
        }
        Optional<Query> built = texts.text(text);
        assertThat(built).as(text).isEqualTo(parsed);
        assertThat(built.map(Query::toString)).as(text).isEqualTo(parsed.map(Query::toString));
        assertThat(built.map(q -> TreeForm.of(q))).as(text).isEqualTo(parsed.map(TreeForm::of));
    }

    /** The tree with its classes and clause order, which {@code toString} may not show in full. */
    private static final class TreeForm {
        static String of(Query query) {
            var out = new StringBuilder();
            write(query, out);
            return out.toString();
        }

        private static void write(Query query, StringBuilder out) {
            out.append(query.getClass().getSimpleName()).append('[');
            switch (query) {
                case org.apache.lucene.search.BooleanQuery b -> {
                    out.append(b.getMinimumNumberShouldMatch());
                    for (var clause : b.clauses()) {
                        out.append(' ').append(clause.occur());
                        write(clause.query(), out);
                    }
                }
                case org.apache.lucene.search.BoostQuery b -> {
                    out.append(b.getBoost());
                    write(b.getQuery(), out);
                }
                default -> out.append(query);
            }
            out.append(']');
        }
    }
}
