package dev.marsad.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * The terms of the articles' title, body and copy-headline fields (words, stems and spelling-variant name keys, as
 * marsad-arabic analysed them) with their document frequencies, as of one version of the articles collection, held in memory: the
 * respelling after a miss asks it which spellings no article holds and how common the others can
 * be ({@link TermPresence#upperBound}), instead of asking Solr's term dictionaries once per step. It answers "certainly absent" or "perhaps held", like {@link
 * TermPresence}: a term of another field, or one past {@link #MAX_TERMS}, is "perhaps held".
 *
 * <p>Read page by page from Solr's terms component in index order ({@link #PAGE} terms a request,
 * every shard's term dictionary merged); a term held only by deleted articles that no merge has
 * removed yet is held, as in the term dictionaries themselves. Memory ({@link #ramBytesUsed()}):
 * about 30 bytes a term with its UTF-8 bytes and its document frequency (84,541 terms in 2.2 MB
 * for 1,000 SaudiNewsNet articles before the frequencies were kept, 4 bytes a term more since); past {@value #MAX_TERMS} terms the rest of a field (in index order) is not read and
 * counts as held. Immutable once loaded; thread-safe.
 */
final class TermVocabulary {

    /** The fields a reader's text is searched in: title, body and copy headlines. */
    static final List<String> FIELDS = IndexFields.SEARCHED_TEXT;

    /**
     * Terms held at most, over all fields: about 60 MB (some 30 bytes a term with its frequency); SaudiNewsNet's 22,905 articles have fewer
     * (docs/benchmarks/solr.md, tenth session).
     */
    static final int MAX_TERMS = 2_000_000;

    /** Terms read in one request. */
    static final int PAGE = 50_000;

    /** Solr's implicit handler of the terms component. */
    static final String TERMS_HANDLER = "/terms";

    private final long version;
    private final Map<String, BytesRefHash> held;
    /** Per field, each held term's document frequency (over every shard), by its id in {@link #held}. */
    private final Map<String, int[]> docFreqs;
    /** Per field, the last term read when the cap cut the field short; terms after it are unknown. */
    private final Map<String, BytesRef> cutAfter;

    TermVocabulary(
            long version, Map<String, BytesRefHash> held, Map<String, int[]> docFreqs, Map<String, BytesRef> cutAfter) {
        this.version = version;
        this.held = held;
        this.docFreqs = docFreqs;
        this.cutAfter = cutAfter;
    }

    /**
     * Reads the vocabulary of the articles collection; {@code version} is the collection's version
     * read before (so a commit while reading makes it older than the collection, never newer).
     *
     * @throws java.io.UncheckedIOException when no node answers
     */
    static TermVocabulary load(SolrNodes nodes, long version) {
        var held = new LinkedHashMap<String, BytesRefHash>();
        var docFreqs = new LinkedHashMap<String, int[]>();
        var cutAfter = new LinkedHashMap<String, BytesRef>();
        int total = 0;
        for (String field : FIELDS) {
            var terms = new BytesRefHash();
            held.put(field, terms);
            int[] freqs = new int[0];
            String lower = null;
            while (true) {
                int room = MAX_TERMS - total;
                if (room <= 0) {
                    cutAfter.put(field, new BytesRef(lower == null ? "" : lower));
                    break;
                }
                List<TermsResponse.Term> page = page(nodes, field, lower, Math.min(PAGE, room));
                freqs = java.util.Arrays.copyOf(freqs, terms.size() + page.size());
                for (TermsResponse.Term t : page) {
                    int id = terms.add(new BytesRef(t.getTerm()));
                    // index order holds each term once; a repeat (never expected) keeps its first count
                    if (id >= 0) freqs[id] = (int) Math.min(Integer.MAX_VALUE, t.getFrequency());
                }
                total += page.size();
                if (page.size() < Math.min(PAGE, room)) break;
                lower = page.getLast().getTerm();
            }
            docFreqs.put(field, java.util.Arrays.copyOf(freqs, terms.size()));
        }
        return new TermVocabulary(version, held, docFreqs, cutAfter);
    }

    /**
     * A request to the terms component of every shard ({@link #TERMS_HANDLER}) for the terms of {@code
     * fields} held by a document or more; what terms, and how many, are the caller's.
     */
    static SolrQuery termsRequest(List<String> fields) {
        var solr = new SolrQuery();
        solr.setRequestHandler(TERMS_HANDLER);
        solr.set("shards.qt", TERMS_HANDLER);
        solr.setTerms(true);
        fields.forEach(solr::addTermsField);
        solr.setTermsMinCount(1);
        return solr;
    }

    /**
     * {@link #termsRequest} for the first {@code limit} terms of each field in index order: every shard
     * sends only its first ones, and the merge keeps the first.
     */
    static SolrQuery firstTerms(List<String> fields, int limit) {
        SolrQuery solr = termsRequest(fields);
        solr.setTermsSortString("index");
        solr.setTermsLimit(limit);
        return solr;
    }

    /** The terms of {@code field} in {@code answer}; none when it has none. */
    static List<TermsResponse.Term> termsOf(TermsResponse answer, String field) {
        List<TermsResponse.Term> terms = answer == null ? null : answer.getTerms(field);
        return terms == null ? List.of() : terms;
    }

    /** Up to {@code limit} terms of {@code field} after {@code lower} (from the first when null), in index order. */
    private static List<TermsResponse.Term> page(SolrNodes nodes, String field, String lower, int limit) {
        SolrQuery solr = firstTerms(List.of(field), limit);
        if (lower != null) {
            solr.setTermsLower(lower);
            solr.setTermsLowerInclusive(false);
        }
        TermsResponse answer = nodes.call(
                        "read " + limit + " terms of " + field,
                        client -> client.query(SolrCollections.ARTICLES, solr, SolrRequest.METHOD.GET))
                .getTermsResponse();
        return termsOf(answer, field);
    }

    /** The version of the articles collection this vocabulary was read at. */
    long version() {
        return version;
    }

    /**
     * In how many documents {@code term} is, deleted ones not merged away yet included (Solr's terms
     * component counts so): 0 when no title, body or copy headlines hold it; {@link TermPresence#UNBOUNDED} for a
     * term of another field or past the cap, which this vocabulary does not know.
     */
    long docFreq(Term term) {
        BytesRefHash terms = held.get(term.field());
        if (terms == null) return TermPresence.UNBOUNDED;
        int id = terms.find(term.bytes());
        if (id >= 0) return docFreqs.get(term.field())[id];
        BytesRef cut = cutAfter.get(term.field());
        return cut != null && term.bytes().compareTo(cut) > 0 ? TermPresence.UNBOUNDED : 0;
    }

    /** Terms held, over all fields. */
    int size() {
        return held.values().stream().mapToInt(BytesRefHash::size).sum();
    }

    /** Whether the cap left terms unread. */
    boolean isCut() {
        return !cutAfter.isEmpty();
    }

    /** The memory the vocabulary takes, in bytes (Lucene's own accounting of its hash tables and term bytes). */
    long ramBytesUsed() {
        return held.values().stream().mapToLong(BytesRefHash::ramBytesUsed).sum()
                + docFreqs.values().stream().mapToLong(f -> 16L + 4L * f.length).sum();
    }
}
