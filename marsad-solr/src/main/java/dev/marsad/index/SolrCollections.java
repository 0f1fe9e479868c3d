package dev.marsad.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * Marsad's collections on a SolrCloud cluster: {@value #ARTICLES} (articles) and {@value #STORIES}
 * (stories, storylines and the commit record), both on the configset {@value #CONFIGSET} that this
 * module keeps ({@code configset/solrconfig.xml}, {@code configset/schema.xml}) and uploads through
 * the ConfigSets API when the cluster lacks it. Creating is idempotent: what exists is kept.
 */
public final class SolrCollections {

    /** The configset's name on the cluster. */
    public static final String CONFIGSET = "marsad";
    /** The collection of articles. */
    public static final String ARTICLES = "marsad-articles";
    /** The collection of stories, storylines and the commit record. */
    public static final String STORIES = "marsad-stories";

    private static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml");

    /**
     * How the collections are laid out when they are created.
     *
     * @param shards shards per collection (documents are spread by a hash of their id)
     * @param replicas copies of each shard, on different nodes while there are enough nodes
     */
    public record Layout(int shards, int replicas) {
        public Layout {
            if (shards < 1) throw new IllegalArgumentException("shards must be 1 or more, got " + shards);
            if (replicas < 1) throw new IllegalArgumentException("replicas must be 1 or more, got " + replicas);
        }

        /** 2 shards, and 2 replicas of each when there are two nodes or more (else 1). */
        public static Layout forNodes(int liveNodes) {
            return new Layout(2, Math.min(2, Math.max(1, liveNodes)));
        }
    }

    /**
     * What {@link #ensure} found or did.
     *
     * @param configsetUploaded whether the configset was uploaded now
     * @param created the collections created now
     * @param existing the collections that were there already (kept as they are)
     */
    public record Outcome(boolean configsetUploaded, List<String> created, List<String> existing) {
        public Outcome {
            created = List.copyOf(created);
            existing = List.copyOf(existing);
        }
    }

    /**
     * What {@link #check} found on the cluster, without changing anything.
     *
     * @param configset whether the configset {@value #CONFIGSET} is there
     * @param collections each of Marsad's collections, in the order {@value #ARTICLES}, {@value #STORIES}
     * @param olderArticles per field a current Marsad writes beside older ones ({@code body_passages},
     *     {@code searched_terms}), how many articles lack it: written by an older Marsad, they are read
     *     and counted on the older fields until written again; empty when the articles collection is
     *     not healthy or does not answer
     */
    public record Check(boolean configset, List<CollectionState> collections, Map<String, Long> olderArticles) {
        public Check {
            collections = List.copyOf(collections);
            olderArticles = Collections.unmodifiableMap(new LinkedHashMap<>(olderArticles));
        }

        /** Whether the configset and every collection are there with every replica active. */
        public boolean isComplete() {
            return configset && collections.stream().allMatch(CollectionState::isHealthy);
        }

        /** One line per item: the configset, then each collection. */
        public String describe() {
            var lines = new ArrayList<String>();
            lines.add("configset " + CONFIGSET + ": " + (configset ? "present" : "missing"));
            for (CollectionState c : collections) lines.add(c.describe());
            for (WrittenEverywhere.Added added : WrittenEverywhere.Added.values()) {
                Long n = olderArticles.get(added.field);
                if (n != null)
                    lines.add("articles without " + added.field + ": " + n
                            + (n == 0
                                    ? ""
                                    : " (written by an older Marsad: " + added.meanwhile + " until written again)"));
            }
            return String.join("\n", lines);
        }
    }

    /**
     * How many articles lack each field a current Marsad writes beside older ones ({@link
     * WrittenEverywhere.Added}), by the field's name; empty when the articles collection does not answer.
     */
    private static Map<String, Long> olderArticles(SolrNodes nodes) {
        var lacking = new LinkedHashMap<String, Long>();
        try {
            for (WrittenEverywhere.Added added : WrittenEverywhere.Added.values()) {
                var query = new org.apache.solr.client.solrj.SolrQuery(added.lacking());
                query.setRows(0);
                lacking.put(
                        added.field,
                        nodes.call("articles without " + added.field, c -> c.query(ARTICLES, query))
                                .getResults()
                                .getNumFound());
            }
        } catch (SolrException | UncheckedIOException e) {
            return Map.of(); // a collection of an older schema, or down: CLUSTERSTATUS says which
        }
        return lacking;
    }

    /**
     * One collection as the cluster reports it.
     *
     * @param name the collection
     * @param present whether it exists
     * @param shards how many shards it has
     * @param replicas how many replicas it has in all
     * @param activeReplicas how many of them are active on a live node
     */
    public record CollectionState(String name, boolean present, int shards, int replicas, int activeReplicas) {

        /** Present, with every replica active. */
        public boolean isHealthy() {
            return present && replicas > 0 && activeReplicas == replicas;
        }

        String describe() {
            if (!present) return "collection " + name + ": missing";
            return "collection " + name + ": " + shards + " shards, " + activeReplicas + " of " + replicas
                    + " replicas active";
        }
    }

    private SolrCollections() {}

    /**
     * Reads what the cluster holds of Marsad's configset and collections (CLUSTERSTATUS); changes
     * nothing.
     *
     * @throws java.io.UncheckedIOException when no node answers
     */
    public static Check check(String address) {
        try (SolrNodes nodes = SolrNodes.of(address)) {
            boolean configset = configsets(nodes).contains(CONFIGSET);
            var status =
                    nodes.call("CLUSTERSTATUS", client -> new CollectionAdminRequest.ClusterStatus().process(client));
            Object live = child(child(status.getResponse(), "cluster"), "live_nodes");
            List<?> liveNodes = live instanceof List<?> l ? l : List.of();
            var states = new ArrayList<CollectionState>();
            Object collections = child(child(status.getResponse(), "cluster"), "collections");
            for (String name : List.of(ARTICLES, STORIES))
                states.add(stateOf(name, child(collections, name), liveNodes));
            Map<String, Long> older = states.getFirst().isHealthy() ? olderArticles(nodes) : Map.of();
            return new Check(configset, states, older);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Solr clients: " + e.getMessage(), e);
        }
    }

    private static CollectionState stateOf(String name, Object collection, List<?> liveNodes) {
        Object shards = child(collection, "shards");
        if (shards == null) return new CollectionState(name, false, 0, 0, 0);
        int replicas = 0;
        int active = 0;
        for (Object shard : entries(shards)) {
            for (Object replica : entries(child(shard, "replicas"))) {
                replicas++;
                if ("active".equals(child(replica, "state")) && liveNodes.contains(child(replica, "node_name")))
                    active++;
            }
        }
        return new CollectionState(name, true, entries(shards).size(), replicas, active);
    }

    /** A value of a CLUSTERSTATUS node, which SolrJ gives as a NamedList or a Map; null when absent. */
    private static Object child(Object node, String key) {
        if (node instanceof NamedList<?> list) return list.get(key);
        if (node instanceof Map<?, ?> map) return map.get(key);
        return null;
    }

    /** The values of a CLUSTERSTATUS node. */
    private static List<Object> entries(Object node) {
        var values = new ArrayList<Object>();
        if (node instanceof NamedList<?> list) for (var e : list) values.add(e.getValue());
        else if (node instanceof Map<?, ?> map) values.addAll(map.values());
        return values;
    }

    /**
     * Makes sure the configset and both collections exist, creating what is missing with {@code
     * layout}; existing collections are kept as they are, except that collections made with an
     * older configset (their schema lacks the packed article record, the body's copy for
     * highlighting, {@link SolrDocuments#PASSAGES}, the article's card, {@link IndexFields#CARD}, an
     * original's copy headlines, {@link IndexFields#COPY_HEADLINES}, or every searched term once,
     * {@link SolrDocuments#SEARCHED_TERMS}) get
     * this configset uploaded
     * over theirs and are reloaded.
     *
     * @param address the node URLs, as in {@code --index solr:<address>}
     * @throws java.io.UncheckedIOException when no node answers
     * @throws SolrException when Solr refuses (e.g. not running in SolrCloud mode)
     */
    public static Outcome ensure(String address, Layout layout) {
        try (SolrNodes nodes = SolrNodes.of(address)) {
            return ensure(nodes, layout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Solr clients: " + e.getMessage(), e);
        }
    }

    /** As {@link #ensure(String, Layout)}, with the default layout for the cluster's live nodes. */
    public static Outcome ensure(String address) {
        try (SolrNodes nodes = SolrNodes.of(address)) {
            return ensure(nodes, Layout.forNodes(liveNodes(nodes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Solr clients: " + e.getMessage(), e);
        }
    }

    static Outcome ensure(SolrNodes nodes, Layout layout) {
        Objects.requireNonNull(layout, "layout");
        boolean uploaded = false;
        if (!configsets(nodes).contains(CONFIGSET)) {
            upload(nodes, false);
            uploaded = true;
        }
        List<String> present = collections(nodes);
        var created = new ArrayList<String>();
        var existing = new ArrayList<String>();
        for (String name : List.of(ARTICLES, STORIES)) {
            if (present.contains(name)) existing.add(name);
            else if (create(nodes, name, layout)) created.add(name);
            else existing.add(name);
        }
        if (!uploaded && existing.contains(ARTICLES) && !hasCurrentFields(nodes)) {
            // collections made with an older configset: upload this one over it and reload them, so
            // that writes of the current documents are accepted (older documents still read)
            upload(nodes, true);
            uploaded = true;
            for (String name : existing)
                nodes.call("reload collection " + name, CollectionAdminRequest.reloadCollection(name)::process);
        }
        return new Outcome(uploaded, created, existing);
    }

    /**
     * Whether the articles collection's schema has the fields that current documents carry (fields are
     * only ever added: a collection that has them takes today's writes).
     */
    private static boolean hasCurrentFields(SolrNodes nodes) {
        return hasField(nodes, ARTICLES, SolrDocuments.PACKED_JSON)
                && hasField(nodes, ARTICLES, SolrDocuments.PASSAGES)
                && hasField(nodes, ARTICLES, IndexFields.CARD)
                && hasField(nodes, ARTICLES, IndexFields.COPY_HEADLINES)
                && hasField(nodes, ARTICLES, SolrDocuments.SEARCHED_TERMS);
    }

    /** Whether {@code collection}'s schema has the field {@code field}. */
    private static boolean hasField(SolrNodes nodes, String collection, String field) {
        try {
            nodes.call("schema field " + field, client -> new SchemaRequest.Field(field).process(client, collection));
            return true;
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.NOT_FOUND.code) return false;
            throw e;
        }
    }

    /**
     * The version of what {@code collection}'s searches see now: a number that changes when a commit
     * makes a write visible (from the newest document's {@code _version_} and the number of documents).
     */
    static long versionOf(SolrNodes nodes, String collection) {
        var query = new org.apache.solr.client.solrj.SolrQuery("*:*");
        query.setRows(1);
        query.setFields("_version_");
        query.set("sort", "_version_ desc");
        query.set("distrib.singlePass", true); // the sort value is the only field: one round trip, not two
        var results = nodes.call(
                        "the version of " + collection,
                        client -> client.query(collection, query, org.apache.solr.client.solrj.SolrRequest.METHOD.GET))
                .getResults();
        long newest = results.isEmpty() ? 0 : ((Number) results.getFirst().getFieldValue("_version_")).longValue();
        return 31 * newest + results.getNumFound();
    }

    /** How many nodes the cluster has live now. */
    static int liveNodes(SolrNodes nodes) {
        var status = nodes.call("CLUSTERSTATUS", client -> new CollectionAdminRequest.ClusterStatus().process(client));
        Object live = child(child(status.getResponse(), "cluster"), "live_nodes");
        return live instanceof List<?> list ? list.size() : 1;
    }

    private static List<String> configsets(SolrNodes nodes) {
        ConfigSetAdminResponse.List answer =
                nodes.call("list configsets", client -> new ConfigSetAdminRequest.List().process(client));
        return answer.getConfigSets();
    }

    private static List<String> collections(SolrNodes nodes) {
        CollectionAdminResponse answer =
                nodes.call("list collections", client -> new CollectionAdminRequest.List().process(client));
        Object names = answer.getResponse().get("collections");
        var result = new ArrayList<String>();
        if (names instanceof List<?> list) for (Object n : list) result.add(String.valueOf(n));
        return result;
    }

    private static void upload(SolrNodes nodes, boolean overwrite) {
        byte[] zip = configsetZip();
        var stream = new ContentStreamBase.ByteArrayStream(zip, CONFIGSET + ".zip", "application/zip");
        nodes.call(
                "upload configset " + CONFIGSET,
                client -> new ConfigSetAdminRequest.Upload()
                        .setConfigSetName(CONFIGSET)
                        .setUploadStream(stream)
                        .setOverwrite(overwrite)
                        .process(client));
    }

    /**
     * Creates a collection; false when another process created it meanwhile (two workers starting
     * at once).
     */
    private static boolean create(SolrNodes nodes, String name, Layout layout) {
        try {
            var create = CollectionAdminRequest.createCollection(name, CONFIGSET, layout.shards(), layout.replicas());
            create.setWaitForFinalState(true);
            nodes.call("create collection " + name, create::process);
            return true;
        } catch (SolrException e) {
            if (e.getMessage() != null && e.getMessage().contains("already exists")) return false;
            throw e;
        }
    }

    /** The configset files of this module, zipped for the ConfigSets API. */
    static byte[] configsetZip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIG_FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + file)) {
                    if (in == null)
                        throw new IllegalStateException("configset/" + file + " is missing from marsad-solr");
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip the configset: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
