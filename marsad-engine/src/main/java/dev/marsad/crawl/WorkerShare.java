package dev.marsad.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sources one of several crawl workers takes ({@code marsad run --worker K/N}): every
 * politeness domain ({@link PolitenessKey}: the registrable domain, so {@code www.akhbar.com} and
 * {@code feeds.akhbar.com} count as one) belongs to exactly one worker, so that the per-domain
 * pause holds across workers as it holds inside one.
 *
 * <ol>
 *   <li>Sources are grouped by the domains of their feeds, sitemaps and start pages: two sources
 *       that share a domain (directly or through a third) form one group, so neither domain is
 *       fetched by two workers.
 *   <li>A group goes to the worker that wins rendezvous hashing for the group's smallest domain: each
 *       worker scores SHA-256(domain, worker) and the highest score wins. The assignment depends on
 *       nothing but the domains and N, so every worker computes the same split without talking to the
 *       others, and going from N to N+1 workers moves only about 1/(N+1) of the domains.
 * </ol>
 *
 * <p>Pages are fetched by the worker of the source that found them. A page on a domain that no
 * source's listing names (an aggregator linking to an unregistered site) is fetched by the worker
 * of every group whose listings link to it: register such sites as sources of their own to give
 * them one owner.
 *
 * @param worker this worker's number, 1 to {@code workers}
 * @param workers how many workers split the sources
 */
public record WorkerShare(int worker, int workers) {

    /** One worker doing everything: the default. */
    public static final WorkerShare ALL = new WorkerShare(1, 1);

    private static final Pattern SPEC = Pattern.compile("([0-9]{1,4})/([0-9]{1,4})");

    public WorkerShare {
        if (workers < 1 || worker < 1 || worker > workers)
            throw new IllegalArgumentException("a worker share is K/N with 1 ≤ K ≤ N, got " + worker + "/" + workers);
    }

    /**
     * Reads "K/N": "2/3" is the second of three workers.
     *
     * @throws IllegalArgumentException when the text is not K/N with 1 ≤ K ≤ N
     */
    public static WorkerShare parse(String text) {
        Matcher m = SPEC.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) throw new IllegalArgumentException("a worker share is K/N such as 1/2, got '" + text + "'");
        return new WorkerShare(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The sources this worker crawls, in the given order (see the class comment). */
    public List<Source> select(List<Source> sources) {
        if (workers == 1) return List.copyOf(sources);
        Map<String, String> group = groups(sources);
        var mine = new ArrayList<Source>();
        for (Source s : sources) {
            String anyDomain = domains(s).first();
            if (ownerOf(find(group, anyDomain)) == worker) mine.add(s);
        }
        return mine;
    }

    /**
     * The worker (1 to N) that owns a politeness domain on its own, as rendezvous hashing assigns it;
     * {@link #select} assigns a group of sources by the smallest domain of the group.
     */
    public int ownerOf(String domain) {
        int best = 1;
        long bestScore = Long.MIN_VALUE;
        for (int w = 1; w <= workers; w++) {
            long score = score(domain, w);
            if (score > bestScore) {
                bestScore = score;
                best = w;
            }
        }
        return best;
    }

    /** "https://www.akhbar.com/rss" → "akhbar.com": the unit that one worker owns. */
    public static String domainOf(URI url) {
        return PolitenessKey.of(url);
    }

    @Override
    public String toString() {
        return worker + "/" + workers;
    }

    /** The politeness domains of a source's listings, sorted. */
    private static TreeSet<String> domains(Source source) {
        var domains = new TreeSet<String>();
        for (ListingUrl listing : source.listings()) domains.add(PolitenessKey.of(listing.url()));
        return domains;
    }

    /**
     * Union-find over domains: each domain maps towards its group's representative, which is always
     * the smallest domain of the group (unions keep the smaller root).
     */
    private static Map<String, String> groups(List<Source> sources) {
        var parent = new HashMap<String, String>();
        for (Source s : sources) {
            TreeSet<String> domains = domains(s);
            for (String d : domains) parent.putIfAbsent(d, d);
            String first = domains.first();
            for (String d : domains) {
                String a = find(parent, first);
                String b = find(parent, d);
                if (a.equals(b)) continue;
                if (a.compareTo(b) < 0) parent.put(b, a);
                else parent.put(a, b);
            }
        }
        return parent;
    }

    private static String find(Map<String, String> parent, String domain) {
        String root = domain;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        return root;
    }

    /** The first eight bytes of SHA-256("domain#worker"): stable across JVMs and releases. */
    private static long score(String domain, int worker) {
        byte[] digest = sha256().digest((domain + "#" + worker).getBytes(StandardCharsets.UTF_8));
        long score = 0;
        for (int i = 0; i < Long.BYTES; i++) score = (score << 8) | (digest[i] & 0xff);
        return score;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256, which every JDK must have", e);
        }
    }
}
