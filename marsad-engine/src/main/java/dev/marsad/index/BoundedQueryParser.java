package dev.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The reader's query syntax, with nothing whose cost a stranger can choose (issue 10: 50 wildcard
 * and fuzzy searches at once cut /health throughput 150×): words, "phrases", + and -, | and
 * parentheses as in {@link SimpleQueryParser}; a prefix {@code word*} only from {@value
 * #MIN_PREFIX_CHARS} characters on and expanded to at most {@value #MAX_PREFIX_TERMS} words, the first
 * in the index's term order (Lucene's top-terms rewrite keeps, among terms of equal weight, the first:
 * checked, not the most frequent); no fuzzy {@code word~2} and no phrase slop {@code "a b"~9} (the {@code ~} is read as
 * punctuation); at most {@value #MAX_CLAUSES} terms in all. Regular expressions have no syntax
 * here at all.
 */
final class BoundedQueryParser {

    /** A prefix shorter than this is searched as a word: {@code a*} would expand to most words. */
    static final int MIN_PREFIX_CHARS = 3;

    /** A prefix expands to at most this many words of each field, the first in term order. */
    static final int MAX_PREFIX_TERMS = 50;

    /**
     * Terms a query may have, over all fields (each word is looked for in title, body and copy
     * headlines: 16 words, as when it was 32 over title and body): a long {@code a | b | c …} list
     * costs as many postings lists and highlights (30 words took 50 ms on the 80 demo articles); a
     * reader types a few words.
     */
    static final int MAX_CLAUSES = 48;

    /** What the public may use: no FUZZY_OPERATOR (fuzzy) and no NEAR_OPERATOR (slop). */
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    /** Quotation marks an Arabic keyboard types, read as the parser's {@code "}. */
    private static final String QUOTE_CHARS = "«»“”„‟″";

    private static final Pattern QUOTES = Pattern.compile("[" + QUOTE_CHARS + "]");

    /** "أو" or "OR" between two words, read as the parser's {@code |}. */
    private static final Pattern OR_WORD = Pattern.compile("(?<=\\S)\\s+(?:OR|أو|او)\\s+(?=\\S)");

    private final Analyzer analyzer;
    private final Map<String, Float> fields;

    BoundedQueryParser(Analyzer analyzer, Map<String, Float> fields) {
        this.analyzer = analyzer;
        this.fields = Map.copyOf(fields);
    }

    /**
     * The text in the parser's syntax, written as a reader types it: Arabic and typographic quotes
     * make a phrase ({@code «وقف إطلاق النار»}), and "أو" or "OR" between two words is {@code |}
     * ({@code غزة أو الضفة}); a leading or trailing أو is a word.
     */
    static String readerSyntax(String text) {
        // most texts have neither: no pattern to run (a respelling reads every text it counts)
        if (!hasQuoteOrWaw(text) && !text.contains("OR")) return text;
        return OR_WORD.matcher(QUOTES.matcher(text).replaceAll("\"")).replaceAll(" | ");
    }

    /** The letter waw, in both spellings of «أو» that {@link #OR_WORD} reads. */
    private static final char WAW = '\u0648';

    /** Whether {@code text} has a quotation mark {@link #QUOTES} reads or a waw ({@link #OR_WORD}). */
    private static boolean hasQuoteOrWaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == WAW || QUOTE_CHARS.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /**
     * The query of {@code text}; null when it has no searchable word.
     *
     * @throws QueryRejected when it has more than {@value #MAX_CLAUSES} terms
     */
    Query parse(String text) {
        return bounded(parser().parse(text));
    }

    /**
     * The query {@link #parse} gives a word one of a text's words: its
     * terms in every field, as the parser asks a token between whitespace in a plain text ({@link
     * #isPlain}); null when it has no searchable term (a stop word). Not bounded: a text of such words is bounded by {@link #bounded}.
     */
    Query word(String word) {
        BytesRef only = onlyTerm(word);
        if (only == null) return parser().word(word);
        // one term: the parser's query of it (a term query per field, weighted, either), built from
        // one analysis instead of one per field (the words' analyzer is the same for every field)
        var either = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query term = new TermQuery(new Term(field.getKey(), BytesRef.deepCopyOf(only)));
            either.add(field.getValue() == 1f ? term : new BoostQuery(term, field.getValue()), Occur.SHOULD);
        }
        BooleanQuery all = either.build();
        return all.clauses().size() == 1 ? all.clauses().getFirst().query() : all;
    }

    /** The one term the analyzer makes of {@code word}, or null when it makes none or more. */
    private BytesRef onlyTerm(String word) {
        try (TokenStream stream =
                analyzer.tokenStream(fields.keySet().iterator().next(), word)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            BytesRef first = null;
            int count = 0;
            while (stream.incrementToken()) if (count++ == 0) first = BytesRef.deepCopyOf(term.getBytesRef());
            stream.end();
            return count == 1 ? first : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze query word '" + word + "'", e);
        }
    }

    /**
     * Whether {@link #parse} reads {@code text} as words between whitespace and nothing else: no
     * operator, phrase, group, escape or prefix, no hyphen anywhere (a leading one is NOT), and not
     * the parser's match-all {@code *}. The parser's whitespace is space, tab and line breaks only.
     */
    static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) if (SYNTAX.indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /** The characters of the reader's query syntax: a text with one is other than plain words ({@link #isPlain}). */
    static final String SYNTAX = "\"+-|*()\\~";

    private Parser parser() {
        var parser = new Parser(analyzer, fields);
        parser.setDefaultOperator(Occur.MUST);
        return parser;
    }

    /**
     * {@code query} (null for none), when it has at most {@value #MAX_CLAUSES} terms.
     *
     * @throws QueryRejected when it has more
     */
    static Query bounded(Query query) {
        if (query == null) return null;
        int terms = countTerms(query);
        if (terms > MAX_CLAUSES)
            throw new QueryRejected("'q' asks for " + terms
                    + " terms (each word in title, body and copy headlines); at most " + MAX_CLAUSES + " are searched");
        return query;
    }

    private static int countTerms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++; // a prefix, counted once
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    /** SimpleQueryParser with the flags above and bounded prefixes. */
    private static final class Parser extends SimpleQueryParser {
        Parser(Analyzer analyzer, Map<String, Float> fields) {
            super(analyzer, fields, FLAGS);
        }

        /** The query of one token between whitespace, without operators, as {@link #parse} builds it. */
        Query word(String token) {
            return newDefaultQuery(token);
        }

        @Override
        protected Query newPrefixQuery(String text) {
            var either = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : weights.entrySet()) {
                BytesRef prefix = getAnalyzer().normalize(field.getKey(), text);
                // the length once normalised: tatweels and marks fall away, and «ـــ*» would match every word
                String normalised = prefix.utf8ToString();
                if (normalised.codePointCount(0, normalised.length()) < MIN_PREFIX_CHARS) return newDefaultQuery(text);
                Query q = new PrefixQuery(
                        new Term(field.getKey(), prefix),
                        new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_TERMS));
                either.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
            }
            return either.build();
        }
    }
}
