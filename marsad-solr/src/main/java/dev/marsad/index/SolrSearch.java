package dev.marsad.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Search, facets, highlighting, candidates and similar articles on the articles collection: the
 * query trees of {@link ArticleQueries} written in Solr's syntax ({@link SolrQueryWriter}), the
 * answers read back into the records the embedded index gives; the hits' passages are highlighted
 * here ({@link HitHighlighter}), not by Solr. Thread-safe.
 */
final class SolrSearch {

    private final SolrNodes nodes;
    private final ArticleJson json;
    private final ArticleQueries queries = new ArticleQueries();
    private final HitHighlighter highlighter = new HitHighlighter();
    /** The passages of an article written before Solr highlighted (its body's offsets not kept). */
    private final ClientHighlighter clientHighlighter = new ClientHighlighter();

    /** A reader's prefix bounded as on the embedded index, its words asked term by term. */
    private final PrefixTerms prefixes;
    /** The names of the tag and entity values that facets showed. */
    private final FacetLabels labels = new FacetLabels(System::nanoTime);
    /** Looks up the names of facet values not named yet, a page's in one request. */
    private final FacetNames names;

    /**
     * Facet values each shard sends beyond its share of the ten shown (Solr's default 10; each shard
     * sends 1.5 × 10 + this many, and the values a shard left out are counted in a second request):
     * with the default, 13 of 1,200 facets of the bench's 300 queries on all of SaudiNewsNet showed
     * a value whose count is lower than one left out (tag or entity: no shard had sent the latter);
     * with 30, none (chosen on the development queries, 6 → 0 of 600; unseen 7 → 0 of 600;
     * docs/benchmarks/solr-median.md). The counts shown were exact in both cases.
     */
    static final int FACET_OVERREQUEST = 30;

    /** How long a search may take; its respelling after a miss gets a share of it. */
    private final Duration budget;

    /** Whether the body's terms are asked of its copy for highlighting (one query finds and marks). */
    private final WrittenEverywhere passagesEverywhere;

    /** Whether a respelling's counts ask every searched term of one field ({@link SearchedTerms}). */
    private final WrittenEverywhere searchedTermsEverywhere;

    /** The articles' terms in memory, for the respelling after a miss. */
    private final CurrentVocabulary vocabulary;

    /** The texts the respellings asked Solr to count (facet queries), all searches. */
    private final LongAdder countsAsked = new LongAdder();

    /**
     * @param commits this process's commits so far (a commit may change what searches see)
     */
    SolrSearch(SolrNodes nodes, ArticleJson json, Duration budget, java.util.function.LongSupplier commits) {
        this.nodes = nodes;
        this.json = json;
        this.budget = budget;
        this.vocabulary = new CurrentVocabulary(nodes, commits);
        this.prefixes = new PrefixTerms(nodes);
        this.passagesEverywhere = new WrittenEverywhere(() -> articlesLacking(WrittenEverywhere.Added.PASSAGES));
        this.searchedTermsEverywhere =
                new WrittenEverywhere(() -> articlesLacking(WrittenEverywhere.Added.SEARCHED_TERMS));
        this.names = new FacetNames((what, solr) -> articles(what, solr).getResults(), json);
    }

    /**
     * Answers a query: 1. build the query tree and its filters, 2. ask the articles collection for a
     * page of hits with facets and highlighted passages within the time budget, 3. read the hits, 4.
     * label the facets. A miss is not respelt here ({@link #suggest}).
     */
    SearchResult search(SearchQuery query) {
        ArticleQueries.Text asked = queries.textOf(query); // 1
        Optional<Query> text = asked.query().map(prefixes::expand);
        boolean onPassages = text.isPresent() && passagesEverywhere.holds();
        SolrQuery solr = page(query, text, onPassages);
        // the hits' cards, not their whole records (issue 13: decoding ten whole records was more than
        // half of a search's time in Marsad's process); an article stored before cards has none
        solr.setFields(IndexFields.ID, IndexFields.CARD, "score");
        askWhichWordsEachHitHolds(solr, asked.holding());
        solr.setFacet(true).setFacetMinCount(1).setFacetLimit(ArticleSearch.FACET_VALUES);
        solr.addFacetField(IndexFields.FACETS);
        solr.set("facet.overrequest.count", FACET_OVERREQUEST);
        // passages Solr cannot mark are marked here, from the hits' whole records: none once the prefixes
        // are expanded to their words, a guard for any query that matches words by a pattern
        boolean marksHere = text.isPresent() && !HitHighlighter.canMark(text.get());
        if (text.isPresent() && !marksHere) highlighter.ask(solr, text.get(), !onPassages);
        // Solr's two phases (ids and facets first, then the final page's records and passages), not
        // distrib.singlePass: the tag and entity facets' refinement needs a second round trip to the
        // shards anyway, and rides on the records' request; in one pass every shard read and
        // highlighted its own first page, twice the records that are shown (issue 13, measured in
        // docs/benchmarks/solr-median.md)
        QueryResponse answer = articles("search '" + query.text() + "'", solr); // 2
        if (Boolean.TRUE.equals(answer.getHeader().get("partialResults")))
            throw new SearchTimedOut(query.text(), budget);
        // the hits' cards of the current version; a hit stored before cards, or with a card of another
        // version, has its card made from its whole record, and every hit whose passages are marked
        // here has its whole record read
        Map<String, ListedArticle> cards = currentCardsOf(answer.getResults());
        Map<String, IndexedArticle> records = wholeRecordsOf(answer.getResults(), cards, marksHere);
        var hits = new ArrayList<SearchResult.Hit>(); // 3
        for (SolrDocument doc : answer.getResults()) {
            String docId = (String) doc.getFieldValue(IndexFields.ID);
            // a whole record for a hit without a current card, and for one whose passages are marked here
            // (none when it was deleted since the search: then the hit shows its card's opening)
            Optional<IndexedArticle> whole = Optional.ofNullable(records.get(docId));
            ListedArticle card = cards.containsKey(docId) ? cards.get(docId) : ListedArticle.of(whole.orElseThrow());
            String snippet =
                    text.flatMap(t -> passages(answer, docId, whole, t)).orElseGet(card::opening);
            float score = text.isPresent() ? ((Number) doc.getFieldValue("score")).floatValue() : 0f;
            // a relaxed page names the words each hit lacks, as Solr told per word (misses only)
            List<String> missing = asked.missing(w -> Boolean.TRUE.equals(doc.getFieldValue(HOLDS + w)));
            hits.add(new SearchResult.Hit(card, snippet, score, missing));
        }
        long total = answer.getResults().getNumFound();
        return new SearchResult(total, query, hits, facets(answer), Optional.empty(), asked.relaxed()); // 4
    }

    /**
     * The whole articles of the page of hits {@link #search} gives, in its order: the same request
     * without facets and passages, the hits' whole records read.
     */
    List<IndexedArticle> searchArticles(SearchQuery query) {
        Optional<Query> text = queries.text(query.text()).map(prefixes::expand);
        SolrQuery solr = page(query, text, text.isPresent() && passagesEverywhere.holds());
        solr.setFields(IndexFields.ID, IndexFields.JSON, SolrDocuments.PACKED_JSON);
        QueryResponse answer = articles("search articles '" + query.text() + "'", solr);
        if (Boolean.TRUE.equals(answer.getHeader().get("partialResults")))
            throw new SearchTimedOut(query.text(), budget);
        var result = new ArrayList<IndexedArticle>();
        for (SolrDocument doc : answer.getResults())
            result.add(json.read(SolrDocuments.recordOf(doc), IndexedArticle.class));
        return result;
    }

    /**
     * The request for the query's page of hits, in its order, within the time budget: the query tree
     * and its filters ({@code onPassages}: the body's terms asked of its copy, {@link
     * WrittenEverywhere}), start, rows and sort; fields, facets and passages are the caller's.
     */
    private SolrQuery page(SearchQuery query, Optional<Query> text, boolean onPassages) {
        var solr = new SolrQuery(
                SolrQueryWriter.write(queries.filtered(text, query), onPassages ? HitHighlighter::onPassages : f -> f));
        solr.setStart((query.page() - 1) * query.pageSize());
        solr.setRows(query.pageSize());
        solr.set("sort", sortOf(query.order(), text.isPresent()));
        solr.setTimeAllowed((int) budget.toMillis());
        return solr;
    }

    /** The pseudo-field of a hit that tells whether it holds word {@code i} of a relaxed text ("holds0"). */
    private static final String HOLDS = "holds";

    /**
     * Asks, for each hit, whether it holds each word of a relaxed text ({@link MostWords#holding}): a
     * pseudo-field per word, {@code holdsI:exists(query($holdsqI))}, true when the word's query
     * matches the hit (review 4, R2: before, the page's whole records were read and analysed again).
     * Nothing when the text is not relaxed.
     */
    private static void askWhichWordsEachHitHolds(SolrQuery solr, List<Query> words) {
        for (int i = 0; i < words.size(); i++) {
            solr.set(HOLDS + "q" + i, SolrQueryWriter.write(words.get(i)));
            solr.addField(HOLDS + i + ":exists(query($" + HOLDS + "q" + i + "))");
        }
    }

    /** The cards of the current {@link ListedArticle#CARD_VERSION} among the hits, by document id. */
    private Map<String, ListedArticle> currentCardsOf(List<SolrDocument> docs) {
        var cards = new HashMap<String, ListedArticle>();
        for (SolrDocument doc : docs)
            if (doc.getFieldValue(IndexFields.CARD) != null)
                json.readCard(SolrDocuments.cardOf(doc))
                        .ifPresent(card -> cards.put((String) doc.getFieldValue(IndexFields.ID), card));
        return cards;
    }

    /**
     * The whole records of hits, by document id, in one request: of the hits without a current card
     * (stored before cards existed, or with a card of another version: not in {@code cards}), none for
     * a collection written since; of every hit when {@code everyHit} (passages Solr cannot mark). The
     * cards of the first are made from them, and the passages of both when Solr gave none ({@link
     * ClientHighlighter}). A hit with a card whose record is gone since the search (deleted meanwhile)
     * has none here.
     *
     * @throws IllegalStateException when a hit has neither a current card nor a record
     */
    private Map<String, IndexedArticle> wholeRecordsOf(
            List<SolrDocument> docs, Map<String, ListedArticle> cards, boolean everyHit) {
        var ids = new ArrayList<String>();
        for (SolrDocument doc : docs) {
            String id = (String) doc.getFieldValue(IndexFields.ID);
            if (everyHit || !cards.containsKey(id)) ids.add(id);
        }
        var whole = new HashMap<String, IndexedArticle>();
        if (ids.isEmpty()) return whole;
        var solr = new SolrQuery(String.join(
                " OR ",
                ids.stream()
                        .map(id -> IndexFields.ID + ":" + SolrQueryWriter.quoted(id))
                        .toList()));
        solr.setRows(ids.size());
        solr.setFields(IndexFields.ID, IndexFields.JSON, SolrDocuments.PACKED_JSON);
        for (SolrDocument doc :
                articles("the records of " + ids.size() + " hits", solr).getResults())
            whole.put(
                    (String) doc.getFieldValue(IndexFields.ID),
                    json.read(SolrDocuments.recordOf(doc), IndexedArticle.class));
        for (String id : ids)
            if (!whole.containsKey(id) && !cards.containsKey(id))
                throw new IllegalStateException("hit " + id + " has no card, and its record is gone");
        return whole;
    }

    /**
     * The respelling of a query that finds nothing: the embedded index's steps ({@link
     * QuerySuggester}) and time share, so both suggest alike; each step's counts in one request;
     * the reader's own query is not counted when {@code typed} says a search just found nothing.
     */
    Optional<String> suggest(SearchQuery query, QuerySuggester.Typed typed) {
        if (query.text().isBlank()) return Optional.empty();
        var docFreqs = new DocFreqs(query);
        return QuerySuggester.suggest(
                query.text(),
                t -> counts(List.of(t), docFreqs)[0],
                texts -> counts(texts, docFreqs),
                texts -> estimates(texts, docFreqs),
                QuerySuggester.timeFor(budget),
                typed);
    }

    /**
     * A hit's passages from Solr, or made here from the whole record of an article written before Solr
     * kept its body's offsets (such an article has no card either, so its record was read: {@code whole}).
     */
    private Optional<String> passages(QueryResponse answer, String docId, Optional<IndexedArticle> whole, Query text) {
        Optional<String> fromSolr = HitHighlighter.passages(answer, docId);
        return fromSolr.isPresent() ? fromSolr : whole.flatMap(article -> clientHighlighter.passages(article, text));
    }

    /**
     * How many articles lack {@code added} ({@link WrittenEverywhere.Added#lacking}), within the search
     * budget: a count cut short by it is no answer.
     */
    private long articlesLacking(WrittenEverywhere.Added added) {
        var solr = new SolrQuery(added.lacking());
        solr.setRows(0);
        solr.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, budget.toMillis()));
        QueryResponse answer = articles("count the articles without " + added.field, solr);
        if (Boolean.TRUE.equals(answer.getHeader().get("partialResults")))
            throw new SearchTimedOut("articles without " + added.field, budget);
        return answer.getResults().getNumFound();
    }

    /** The texts the respellings asked Solr to count so far (facet queries). */
    long countsAsked() {
        return countsAsked.sum();
    }

    /** The vocabulary in memory, when it is current ({@link CurrentVocabulary#current()}). */
    Optional<TermVocabulary> vocabulary() {
        return vocabulary.current();
    }

    /**
     * What one search's respelling knows of its texts: their queries, each parsed once, and their
     * terms' document frequencies, from the vocabulary in memory ({@link CurrentVocabulary}) when it is
     * current, else from the term dictionaries, each term asked once per search ({@link
     * #lookUpDocFreqs}); and the queries of the texts counted that found nothing. Not thread-safe: one
     * search's.
     */
    private final class DocFreqs {
        private final Optional<TermVocabulary> inMemory = vocabulary.current();
        private final Map<Term, Long> looked = new HashMap<>();
        private final RespellingTexts texts = new RespellingTexts(queries);
        /** Per text query (each built once, so by identity): only what decides its matches ({@link MatchingOnly}). */
        private final Map<Query, Query> matching = new IdentityHashMap<>();
        /** Per text query: its facet query, written once. */
        private final Map<Query, String> written = new IdentityHashMap<>();
        /**
         * Per text query: at most how many articles it finds ({@link TermPresence#upperBound}), found
         * once: its terms' frequencies are all known when it is first bounded ({@link #of}) and stay
         * the same for the search.
         */
        private final Map<Query, Long> bounds = new IdentityHashMap<>();
        /** Per text query: its alternatives and their required clauses, found once. */
        private final Map<Query, RequiredClauses> required = new IdentityHashMap<>();
        /** The texts counted under this search's filters that found nothing. */
        private final RequiredClauses.Outers nothing = new RequiredClauses.Outers();
        /** The search's filters, written once: the query of every count request. */
        private final String filters;

        /** Whether every article holds its searched terms in one field ({@link SearchedTerms}). */
        private final boolean searchedTerms;

        DocFreqs(SearchQuery query) {
            this.filters = SolrQueryWriter.write(queries.filtered(Optional.empty(), query));
            this.searchedTerms = searchedTermsEverywhere.holds();
        }

        /** The text query of {@code text} ({@link ArticleQueries#text}), built once ({@link RespellingTexts}). */
        Optional<Query> parse(String text) {
            return texts.text(text);
        }

        /** The count request's query: the search's filters. */
        String filters() {
            return filters;
        }

        /**
         * {@code text}'s facet query: only what decides its matches ({@link MatchingOnly}), of one field
         * when it can be ({@link #counted}), written once.
         */
        String written(Query text) {
            return written.computeIfAbsent(text, t -> SolrQueryWriter.write(counted(matchingOf(t), searchedTerms)));
        }

        /** {@link TermPresence#upperBound} of {@code text}, whose terms' frequencies {@code docFreq} gives ({@link #of}). */
        long bound(Query text, ToLongFunction<Term> docFreq) {
            Long known = bounds.get(text);
            if (known != null) return known;
            long bound = TermPresence.upperBound(text, docFreq);
            bounds.put(text, bound);
            return bound;
        }

        /** Records that {@code text}'s query found nothing when counted under this search's filters. */
        void foundNothing(Query text) {
            nothing.add(requiredOf(text));
        }

        /**
         * Whether {@code text}'s query certainly finds nothing under this search's filters: every
         * document it matches is matched by a text that found nothing ({@link RequiredClauses}).
         */
        boolean findsNothing(Query text) {
            return nothing.size() > 0 && nothing.holdOne(requiredOf(text));
        }

        private RequiredClauses requiredOf(Query text) {
            return required.computeIfAbsent(text, t -> RequiredClauses.ofReduced(matchingOf(t)));
        }

        private Query matchingOf(Query text) {
            return matching.computeIfAbsent(text, MatchingOnly::of);
        }

        /** The frequencies of {@code queries}' terms, asking the term dictionaries (once) for those not known yet. */
        ToLongFunction<Term> of(List<Optional<Query>> queries) {
            if (inMemory.isPresent()) return inMemory.get()::docFreq;
            var missing = new LinkedHashSet<Term>();
            for (Optional<Query> q : queries)
                q.ifPresent(t -> TermPresence.terms(t).stream()
                        .filter(term -> !looked.containsKey(term))
                        .forEach(missing::add));
            if (!missing.isEmpty()) looked.putAll(lookUpDocFreqs(missing));
            return term -> looked.getOrDefault(term, TermPresence.UNBOUNDED);
        }
    }

    /**
     * The query a count asks for a text whose matches {@code matching} decides ({@link MatchingOnly}):
     * when {@code searchedTerms} (every article holds {@link SolrDocuments#SEARCHED_TERMS}), the same
     * query of that one field where it can be ({@link SearchedTerms}: about half Solr's work a text),
     * else {@code matching}. The same matches either way.
     */
    static Query counted(Query matching, boolean searchedTerms) {
        return searchedTerms ? SearchedTerms.of(matching).orElse(matching) : matching;
    }

    /** At most how many articles each text finds, from its terms' document frequencies ({@link TermPresence}). */
    private long[] estimates(List<String> texts, DocFreqs docFreqs) {
        var asked = new ArrayList<Optional<Query>>(texts.size());
        for (String t : texts) asked.add(docFreqs.parse(t));
        ToLongFunction<Term> docFreq = docFreqs.of(asked);
        return asked.stream()
                .mapToLong(q -> q.map(t -> docFreqs.bound(t, docFreq)).orElse(TermPresence.UNBOUNDED))
                .toArray();
    }

    /**
     * The counts of several texts in at most one request: a text that certainly finds nothing (its
     * terms' document frequencies say so: {@link DocFreqs}; or its query is within that of a text
     * counted before that found nothing) counts 0 unasked (most respellings of a word are no word, or
     * stand beside words that never stand together); when some text may find something, the search's filters as the query and each
     * such text a facet query over them (not cached: a stranger's respellings would only crowd the
     * filter cache), written without its boosts and nesting ({@link MatchingOnly}: the same matches).
     */
    private long[] counts(List<String> texts, DocFreqs docFreqs) {
        var asked = new ArrayList<Optional<Query>>(texts.size());
        for (String t : texts) asked.add(docFreqs.parse(t));
        ToLongFunction<Term> docFreq = docFreqs.of(asked);
        var solr = new SolrQuery(docFreqs.filters());
        solr.setRows(0);
        solr.setFacet(true);
        var counted = new boolean[texts.size()];
        boolean needed = false;
        for (int i = 0; i < texts.size(); i++) {
            Optional<Query> text = asked.get(i);
            needed |= text.isEmpty(); // a text that is no query (stop words only) finds every article
            // a bound of 0 is what TermPresence.canMatch says of the terms held: certainly nothing
            if (text.isEmpty() || docFreqs.bound(text.get(), docFreq) == 0) continue;
            // within a text that found nothing (most of a word's respellings beside words that never
            // stand together): it finds nothing, unasked (issue 13)
            if (docFreqs.findsNothing(text.get())) continue;
            counted[i] = true;
            needed = true;
            String key = "t" + i;
            // only what decides the matches: Solr parses and rewrites each text on every shard
            solr.set(key, docFreqs.written(text.get()));
            solr.addFacetQuery("{!lucene key=" + key + " cache=false v=$" + key + "}");
        }
        long[] result = new long[texts.size()];
        if (!needed) return result;
        int facetQueries = solr.getFacetQuery() == null ? 0 : solr.getFacetQuery().length;
        countsAsked.add(facetQueries);
        QueryResponse answer = articles("count " + texts.size() + " respellings, " + facetQueries + " asked", solr);
        Map<String, Integer> found = answer.getFacetQuery();
        long all = answer.getResults().getNumFound();
        for (int i = 0; i < texts.size(); i++) {
            result[i] = asked.get(i).isEmpty() ? all : counted[i] ? found.getOrDefault("t" + i, 0) : 0;
            if (counted[i] && result[i] == 0) docFreqs.foundNothing(asked.get(i).get());
        }
        return result;
    }

    /**
     * The document frequencies of {@code terms} in the titles or bodies of articles (deleted articles
     * not merged away yet included), from one request to the term dictionaries of every shard (Solr's
     * terms component): 0 for a term no document holds; terms of other fields, and terms the
     * component's list syntax cannot carry, are left out (unknown).
     */
    private Map<Term, Long> lookUpDocFreqs(Set<Term> terms) {
        var looked = new TreeSet<String>();
        for (Term t : terms)
            if (TermVocabulary.FIELDS.contains(t.field()) && isListable(t.text())) looked.add(t.text());
        var result = new HashMap<Term, Long>();
        if (looked.isEmpty()) return result;
        SolrQuery solr = TermVocabulary.termsRequest(TermVocabulary.FIELDS);
        solr.set("terms.list", String.join(",", looked));
        solr.setTermsLimit(-1);
        TermsResponse answer =
                articles("look up " + looked.size() + " terms", solr).getTermsResponse();
        for (Term t : terms)
            if (TermVocabulary.FIELDS.contains(t.field()) && looked.contains(t.text())) result.put(t, 0L);
        if (answer != null)
            for (var field : answer.getTermMap().entrySet())
                for (TermsResponse.Term t : field.getValue())
                    result.put(new Term(field.getKey(), t.getTerm()), t.getFrequency());
        return result;
    }

    /** Whether a term can go into {@code terms.list}, which splits on commas and reads backslashes. */
    private static boolean isListable(String term) {
        return !term.isEmpty() && term.indexOf(',') < 0 && term.indexOf('\\') < 0;
    }

    /** The last sort key of every search: the article's id (review 4, L5). */
    private static final String BY_ID = IndexFields.ARTICLE_ID + " asc";

    private static String sortOf(SearchQuery.Order order, boolean hasText) {
        return switch (order) {
            // the article's id breaks ties last, as on the embedded index (review 4, L5)
            case RELEVANCE -> hasText ? "score desc, published desc, " + BY_ID : "published desc, " + BY_ID;
            case NEWEST -> "published desc, " + BY_ID;
            case OLDEST -> "published asc, " + BY_ID;
        };
    }

    private Map<String, List<SearchResult.FacetCount>> facets(QueryResponse answer) {
        var keys = new ArrayList<String>();
        for (String dim : IndexFields.FACETS) {
            FacetField field = answer.getFacetField(dim);
            if (field != null) for (FacetField.Count c : field.getValues()) keys.add(FacetNames.key(dim, c.getName()));
        }
        Map<String, String> named = labels(keys);
        var facets = new LinkedHashMap<String, List<SearchResult.FacetCount>>();
        for (String dim : IndexFields.FACETS) {
            FacetField field = answer.getFacetField(dim);
            var values = new ArrayList<SearchResult.FacetCount>();
            if (field != null)
                for (FacetField.Count c : field.getValues())
                    values.add(new SearchResult.FacetCount(
                            c.getName(),
                            named.getOrDefault(FacetNames.key(dim, c.getName()), c.getName()),
                            c.getCount()));
            facets.put(dim, values);
        }
        return facets;
    }

    /** One page of a facet's values over the canonical articles, most used first, ties by value. */
    ArticleIndex.FacetPage facetValues(String facet, int page, int pageSize) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.canonicalArticles()));
        solr.setRows(0);
        // every value, so the total is exact on any number of shards (facet.offset would not count them)
        solr.setFacet(true).setFacetMinCount(1).setFacetLimit(-1).setFacetSort("count");
        solr.addFacetField(facet);
        FacetField field = articles("facet " + facet, solr).getFacetField(facet);
        List<FacetField.Count> all = field == null ? List.of() : field.getValues();
        List<FacetField.Count> shown =
                all.subList(Math.min(all.size(), (page - 1) * pageSize), Math.min(all.size(), page * pageSize));
        Map<String, String> named = labels(
                shown.stream().map(c -> FacetNames.key(facet, c.getName())).toList());
        var values = new ArrayList<SearchResult.FacetCount>();
        for (FacetField.Count c : shown)
            values.add(new SearchResult.FacetCount(
                    c.getName(), named.getOrDefault(FacetNames.key(facet, c.getName()), c.getName()), c.getCount()));
        return new ArticleIndex.FacetPage(all.size(), values);
    }

    /** The first candidates of a link query, in {@link CandidateQuery#ORDER}. */
    List<Candidate> candidates(CandidateQuery query) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.candidates(query)));
        solr.setRows(query.limit() + query.excludedIds().size());
        solr.setFields(
                IndexFields.ARTICLE_ID, IndexFields.STORY, IndexFields.PUBLISHED, IndexFields.LINK_PROFILE, "score");
        solr.set("sort", "score desc, " + IndexFields.ARTICLE_ID + " asc");
        var result = new ArrayList<Candidate>();
        for (SolrDocument doc : articles("candidates", solr).getResults()) {
            String id = (String) doc.getFieldValue(IndexFields.ARTICLE_ID);
            if (query.excludedIds().contains(id)) continue;
            byte[] profile = doc.getFieldValue(IndexFields.LINK_PROFILE) instanceof byte[] b ? b : new byte[0];
            result.add(new Candidate(
                    id,
                    (String) doc.getFieldValue(IndexFields.STORY),
                    java.time.Instant.ofEpochMilli(((Number) doc.getFieldValue(IndexFields.PUBLISHED)).longValue()),
                    profile,
                    // a sum of integer weights, exact in a float
                    Math.round(((Number) doc.getFieldValue("score")).floatValue())));
            if (result.size() == query.limit()) break;
        }
        return result;
    }

    /** Canonical articles like this one, best first. */
    List<ArticleIndex.Similar> similarTo(IndexedArticle article, int limit) {
        var solr = new SolrQuery(SolrQueryWriter.write(queries.similar(article)));
        solr.setRows(limit);
        solr.setFields(IndexFields.JSON, SolrDocuments.PACKED_JSON, "score");
        var result = new ArrayList<ArticleIndex.Similar>();
        for (SolrDocument doc : articles("similar to " + article.id(), solr).getResults())
            result.add(new ArticleIndex.Similar(
                    json.read(SolrDocuments.recordOf(doc), IndexedArticle.class),
                    ((Number) doc.getFieldValue("score")).floatValue()));
        return result;
    }

    /**
     * The display labels of facet values (by {@link FacetNames#key}), as the embedded index gives them:
     * a section's Arabic name, a tag's or entity's name from the first article that carries it; a
     * value left out has none yet and shows as itself (until it is looked up again: {@link
     * FacetLabels}). The values not named yet are looked up in one request ({@link FacetNames}).
     */
    private Map<String, String> labels(List<String> keys) {
        return labels.labels(keys, names::names);
    }

    /** The name stored articles give a tag or entity key (a tag that names an entity is that entity). */
    Optional<String> name(String dim, String value) {
        return labels.name(FacetNames.key(dim, value), () -> names.name(dim, value));
    }

    private QueryResponse articles(String what, SolrQuery query) {
        // the node that takes the request asks its own replicas of the shards where it has them, not
        // another node's over the network
        query.set("shards.preference", "replica.location:local");
        return nodes.call(
                what,
                client -> client.query(
                        SolrCollections.ARTICLES, query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    }
}
