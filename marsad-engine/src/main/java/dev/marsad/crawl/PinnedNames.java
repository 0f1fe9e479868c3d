package dev.marsad.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Names resolved once and held to that answer while a request to them is under way: the defence
 * against DNS rebinding (a name that answers a public address when checked and 127.0.0.1 a moment
 * later, when the HTTP client connects).
 *
 * <p>Why this way: {@link java.net.http.HttpClient} resolves the host itself when it connects and
 * takes no resolver of its own, and connecting to the address instead of the name would break TLS
 * (SNI and certificate checks use the name). So Marsad installs a JVM-wide resolver ({@link
 * PinningResolverProvider}) that answers a pinned name from here. {@link #pin} resolves the name with
 * the JDK's resolver and keeps the answer until the last holder {@link Pin#close closes} its pin;
 * while pinned, every lookup of the name in the process — the HTTP client's included — gets exactly
 * that answer, so the address checked is the address connected to. Names nobody pinned are resolved
 * by the JDK's resolver as if this class did not exist.
 *
 * <p>The table is a static because the JDK's resolver is one per process by design (JEP 418).
 */
final class PinnedNames {

    /** One pinned name: its addresses and how many requests hold it. */
    private static final class Slot {
        final List<InetAddress> addresses;
        int holders;

        Slot(List<InetAddress> addresses) {
            this.addresses = List.copyOf(addresses);
        }
    }

    /** Both families, IPv4 first: the JDK's default order (java.net.preferIPv6Addresses=false). */
    private static final LookupPolicy BOTH_FAMILIES =
            LookupPolicy.of(LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST);

    private static final Map<String, Slot> SLOTS = new HashMap<>(); // guarded by itself
    private static volatile InetAddressResolver builtin;

    private PinnedNames() {}

    /** A held pin; closing it lets the name resolve freely again once no one else holds it. */
    interface Pin extends AutoCloseable {
        /** The addresses the name is pinned to. */
        List<InetAddress> addresses();

        @Override
        void close();
    }

    /** Called once by {@link PinningResolverProvider} with the JDK's resolver. */
    static void install(InetAddressResolver jdkResolver) {
        builtin = jdkResolver;
    }

    /**
     * Fails unless {@link PinningResolverProvider} is the JVM's resolver, so that the crawler never
     * fetches without pinning (for example when the service file was lost in repackaging).
     *
     * @throws IllegalStateException when it is not installed
     */
    static void requireInstalled() {
        if (builtin == null) {
            try {
                InetAddress.getAllByName("localhost"); // the first lookup of the process loads the resolver
            } catch (UnknownHostException e) {
                // whether it loaded is checked below
            }
        }
        if (builtin == null)
            throw new IllegalStateException("the DNS pinning resolver " + PinningResolverProvider.class.getName()
                    + " is not installed (META-INF/services/java.net.spi.InetAddressResolverProvider missing"
                    + " from the class path, or another resolver provider came first): refusing to fetch"
                    + " without protection against DNS rebinding");
    }

    /**
     * Pins {@code host}: resolves it with the JDK's resolver unless it is pinned already (then the
     * existing answer is shared), and holds that answer until the returned pin is closed.
     *
     * @throws UnknownHostException when the name does not resolve
     */
    static Pin pin(String host) throws UnknownHostException {
        String key = key(host);
        synchronized (SLOTS) {
            Slot slot = SLOTS.get(key);
            if (slot != null) return hold(key, slot);
        }
        List<InetAddress> resolved =
                resolver().lookupByName(host, BOTH_FAMILIES).toList();
        if (resolved.isEmpty()) throw new UnknownHostException(host + ": no addresses");
        return pin(host, resolved);
    }

    /**
     * Pins {@code host} to {@code addresses} unless it is pinned already (then the existing answer is
     * shared). Tests use it to give a name an address without a DNS server.
     */
    static Pin pin(String host, List<InetAddress> addresses) {
        String key = key(host);
        synchronized (SLOTS) {
            return hold(key, SLOTS.computeIfAbsent(key, k -> new Slot(addresses)));
        }
    }

    /** What the process's resolver answers for {@code host}: the pinned addresses, or the JDK's answer. */
    static Stream<InetAddress> lookup(String host, LookupPolicy policy) throws UnknownHostException {
        Optional<List<InetAddress>> pinned;
        synchronized (SLOTS) {
            pinned = Optional.ofNullable(SLOTS.get(key(host))).map(s -> s.addresses);
        }
        if (pinned.isEmpty()) return resolver().lookupByName(host, policy);
        List<InetAddress> answer = pinned.get().stream()
                .filter(a -> (a instanceof Inet4Address && (policy.characteristics() & LookupPolicy.IPV4) != 0)
                        || (a instanceof Inet6Address && (policy.characteristics() & LookupPolicy.IPV6) != 0))
                .sorted(Comparator.comparingInt(a -> familyRank(a, policy)))
                .toList();
        if (answer.isEmpty()) throw new UnknownHostException(host + ": no address of the family asked for");
        return answer.stream();
    }

    private static int familyRank(InetAddress address, LookupPolicy policy) {
        boolean v6First = (policy.characteristics() & LookupPolicy.IPV6_FIRST) != 0;
        return (address instanceof Inet6Address) == v6First ? 0 : 1;
    }

    private static Pin hold(String key, Slot slot) {
        slot.holders++;
        return new Pin() {
            private boolean closed;

            @Override
            public List<InetAddress> addresses() {
                return slot.addresses;
            }

            @Override
            public void close() {
                synchronized (SLOTS) {
                    if (closed) return;
                    closed = true;
                    if (--slot.holders == 0) SLOTS.remove(key, slot);
                }
            }
        };
    }

    private static InetAddressResolver resolver() {
        requireInstalled();
        return builtin;
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
