package dev.marsad.bench.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The peer that {@code bench solr} measures Marsad against: a plain SolrCloud collection whose title
 * and body go through Lucene's stock {@code ArabicAnalyzer} (configset {@code stock-arabic/} beside
 * this class), searched the way a site built on it would: edismax over title and body, facets on
 * source and section, the body highlighted; its words all required (as Marsad's search requires
 * them) or any of them.
 */
final class StockArabicCollection implements AutoCloseable {

    static final String NAME = "stock-arabic";
    private static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml");
    /** Documents per update request. */
    private static final int BATCH = 500;

    private final SolrClient client;
    private final String name;

    private StockArabicCollection(SolrClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /** Uploads the configset and creates the collection ({@code shards} × {@code replicas}) through {@code node}. */
    static StockArabicCollection create(URI node, int shards, int replicas) {
        return create(node, NAME, shards, replicas);
    }

    /**
     * Like {@link #create(URI, int, int)}, under another name (a second copy of the stock collection,
     * written in another layout), with its configset under the same name.
     */
    static StockArabicCollection create(URI node, String name, int shards, int replicas) {
        SolrClient client = new HttpJdkSolrClient.Builder(node.toString())
                // the transport Marsad's index uses (SolrNodes), so that both chains are asked alike
                .useHttp1_1(true)
                .withRequestTimeout(120, TimeUnit.SECONDS)
                .build();
        try {
            var stream = new ContentStreamBase.ByteArrayStream(configset(), name + ".zip", "application/zip");
            var upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(name);
            upload.setUploadStream(stream);
            upload.process(client);
            var create = CollectionAdminRequest.createCollection(name, name, shards, replicas);
            create.setWaitForFinalState(true);
            create.process(client);
            return new StockArabicCollection(client, name);
        } catch (SolrServerException | IOException | RuntimeException e) {
            closeQuietly(client, e);
            throw new IllegalStateException("cannot create the " + name + " collection on " + node + ": " + e, e);
        }
    }

    /** The collection's name. */
    String name() {
        return name;
    }

    /**
     * Marsad's tags and entities of an article (their keys, as its facets count them), so that the stock
     * collection can show a page with the same facets ({@link Page#MARSADS}).
     */
    record Labels(List<String> tags, List<String> entities) {
        Labels {
            tags = List.copyOf(tags);
            entities = List.copyOf(entities);
        }
    }

    /**
     * Indexes the articles in {@code commits} equal runs, committing after each: every commit writes
     * a segment per shard, so the collection ends in about that many segments per shard (Solr merges
     * only once a tier holds ten), the layout of a collection written over time.
     */
    void index(List<SnnArticle> articles, int commits) {
        index(articles, commits, Map.of());
    }

    /**
     * {@link #index(List, int)}, each article (title, body, outlet, section and date) with its {@code
     * labels} by SaudiNewsNet id, if any.
     */
    void index(List<SnnArticle> articles, int commits, Map<String, Labels> labels) {
        if (commits < 1 || commits > Math.max(1, articles.size()))
            throw new IllegalArgumentException(
                    "commits " + commits + ", from 1 to the " + articles.size() + " articles");
        var batch = new ArrayList<SolrInputDocument>(BATCH);
        int sent = 0;
        try {
            for (SnnArticle a : articles) {
                var doc = new SolrInputDocument();
                doc.setField("id", a.id());
                doc.setField("title", a.title());
                doc.setField("body", a.content());
                doc.setField("source", a.outlet());
                doc.setField("section", a.section().orElse("none"));
                doc.setField(
                        "published", a.extracted().toInstant(ZoneOffset.UTC).toEpochMilli());
                Labels marsads = labels.get(a.id());
                if (marsads != null) {
                    marsads.tags().forEach(t -> doc.addField("tag", t));
                    marsads.entities().forEach(e -> doc.addField("entity", e));
                }
                batch.add(doc);
                sent++;
                // the k-th commit after k/commits of the articles, so that exactly that many are made
                boolean commitHere = sent < articles.size()
                        && (long) sent * commits / articles.size() > (long) (sent - 1) * commits / articles.size();
                if (batch.size() == BATCH || commitHere) {
                    client.add(name, batch);
                    batch.clear();
                }
                if (commitHere) client.commit(name);
            }
            if (!batch.isEmpty()) client.add(name, batch);
            client.commit(name);
        } catch (SolrServerException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot index into " + name + ": " + e.getMessage(), e));
        }
    }

    /** How the words of a query combine. */
    enum Words {
        /** Every word must match, as Marsad's search requires. */
        EVERY("AND"),
        /** Any word may match, ranked by how well (edismax's OR). */
        ANY("OR");

        final String operator;

        Words(String operator) {
            this.operator = operator;
        }
    }

    /** What a page shows beside its ten hits. */
    enum Page {
        /** Facets on source and section, one passage of about 200 characters: a site on stock Solr. */
        PLAIN,
        /**
         * Marsad's page on the stock chain: facets on source, section, tag and entity (ten values each,
         * over-requested as Marsad's), and two whole sentences of the body as passages, marked by the
         * query's terms. Only the analysis (and so the query) differs from Marsad's request.
         */
        MARSADS
    }

    /** The ids of the first ten hits of a reader's query, with facets and highlighting computed as a page needs. */
    List<String> search(String text, Words words) {
        return search(text, words, Page.PLAIN, true);
    }

    /**
     * {@link #search(String, Words)} with what {@code shown} asks beside the hits; unless {@code
     * cached}, the query's hits and matches are neither taken from Solr's caches nor put there
     * ({@code cache=false}), so that two variants of a page asked one after the other do not share
     * what the first one computed.
     */
    List<String> search(String text, Words words, Page shown, boolean cached) {
        SolrQuery query = page(text, words);
        if (!cached) {
            // local parameters are read only under the lucene parser; edismax keeps the defaults' qf
            query.set("defType", "lucene");
            query.setQuery("{!edismax cache=false v=$text}");
            query.set("text", text);
        }
        if (shown == Page.MARSADS) asMarsadsPage(query);
        return ids(ask(text, query));
    }

    /**
     * The facets and passages of Marsad's page, as SolrSearch and HitHighlighter ask them for a query
     * without a phrase (none of the bench's queries has one; Marsad matches a phrase's passages by the
     * query's weight).
     */
    private static void asMarsadsPage(SolrQuery query) {
        query.setFacetLimit(10);
        query.addFacetField("tag", "entity");
        query.set("facet.overrequest.count", 30);
        query.set("hl.method", "unified");
        query.set("hl.requireFieldMatch", true);
        query.set("hl.offsetSource", "POSTINGS");
        query.setHighlightSnippets(2);
        query.setHighlightFragsize(1);
        query.set("hl.bs.type", "SENTENCE");
        query.set("hl.maxAnalyzedChars", 10_000);
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
        query.set("hl.tag.ellipsis", " … ");
        query.set("hl.encoder", "html");
        query.set("hl.defaultSummary", true);
        query.set("hl.weightMatches", false);
    }

    /** The first ten hits of a query, and the spellcheck component's first collation, if any. */
    record Answer(List<String> ids, java.util.Optional<String> collation) {}

    /**
     * {@link #search} with every word required and Solr's "did you mean" in the same request (the
     * spellcheck component hooked into {@code /select}, {@code spellcheck=true}): how a site on stock
     * Solr answers a page, a miss included, in one request.
     */
    Answer searchAndSpell(String text) {
        SolrQuery query = page(text, Words.EVERY);
        query.set("spellcheck", true);
        QueryResponse answer = ask(text, query);
        return new Answer(ids(answer), collation(answer));
    }

    private static SolrQuery page(String text, Words words) {
        var query = new SolrQuery(text);
        query.set("q.op", words.operator);
        query.setRows(10);
        query.setFields("id", "title", "source", "published");
        query.setFacet(true);
        query.addFacetField("source", "section");
        query.setFacetMinCount(1);
        query.setHighlight(true);
        query.addHighlightField("body");
        query.setHighlightSnippets(1);
        query.setHighlightFragsize(200);
        return query;
    }

    private QueryResponse ask(String text, SolrQuery query) {
        try {
            return client.query(name, query);
        } catch (SolrServerException | IOException e) {
            throw new UncheckedIOException(
                    new IOException("query '" + text + "' on " + name + ": " + e.getMessage(), e));
        }
    }

    private static List<String> ids(QueryResponse answer) {
        var ids = new ArrayList<String>();
        for (SolrDocument d : answer.getResults()) ids.add(String.valueOf(d.getFieldValue("id")));
        return ids;
    }

    private static java.util.Optional<String> collation(QueryResponse answer) {
        var spelling = answer.getSpellCheckResponse();
        return java.util.Optional.ofNullable(spelling == null ? null : spelling.getCollatedResult());
    }

    /**
     * Solr's own "did you mean" for a query that found nothing, asked on its own after the search: the
     * first collation of the spellcheck component ({@code /spell}: DirectSolrSpellChecker and
     * WordBreakSolrSpellChecker over the lightly analysed spell field, collations verified by running
     * them with every word required), if any.
     */
    java.util.Optional<String> suggest(String text) {
        var query = new SolrQuery(text);
        query.setRequestHandler("/spell");
        query.set("shards.qt", "/spell"); // each shard's spellchecker, not its /select
        return collation(ask(text, query));
    }

    /**
     * Merges every shard of {@code collections} (this one or Marsad's, on the same cluster) into one
     * segment and waits for the new searchers: the layout a bulk load ends in, so that the
     * collections are searched on equal footing after Marsad's pipeline wrote its articles in many
     * small commits.
     */
    void forceMerge(String... collections) {
        for (String collection : collections)
            try {
                client.optimize(collection, true, true, 1);
            } catch (SolrServerException | IOException e) {
                throw new UncheckedIOException(
                        new IOException("cannot merge the segments of " + collection + ": " + e.getMessage(), e));
            }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private static byte[] configset() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIG_FILES) {
                try (InputStream in = StockArabicCollection.class.getResourceAsStream("stock-arabic/" + file)) {
                    if (in == null)
                        throw new IllegalStateException("stock-arabic/" + file + " is missing from the bench");
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void closeQuietly(SolrClient client, Exception failure) {
        try {
            client.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
