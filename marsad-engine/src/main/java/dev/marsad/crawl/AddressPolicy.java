package dev.marsad.crawl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which IP addresses the crawler may connect to: every public address, and a private, loopback,
 * link-local or otherwise special one only when the configuration names it ({@link
 * CrawlConfig#allowedAddresses()}). This is the guard against server-side request forgery: a feed,
 * sitemap, page link or redirect written by a stranger must not make Marsad fetch an internal service
 * (a database admin page, the cloud metadata service at 169.254.169.254) and publish its answer.
 *
 * <p>IPv6 addresses that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
 * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4 {@code 2002:aabb:ccdd::}) are judged by the
 * IPv4 address inside.
 */
final class AddressPolicy {

    /** A block of special-purpose addresses and what it is, for the refusal message. */
    private record Special(AddressRange range, String label) {}

    /**
     * The blocks no crawl may reach unless allowed: the IANA special-purpose registries (RFC 6890 and
     * successors) minus the globally reachable ones, which are harmless.
     */
    private static final List<Special> SPECIAL = List.of(
            special("0.0.0.0/8", "an unspecified ('this network') address"),
            special("10.0.0.0/8", "a private address (RFC 1918)"),
            special("100.64.0.0/10", "a carrier-grade NAT address (RFC 6598)"),
            special("127.0.0.0/8", "a loopback address"),
            special("169.254.0.0/16", "a link-local address (cloud metadata services live here)"),
            special("172.16.0.0/12", "a private address (RFC 1918)"),
            special("192.0.0.0/24", "an IETF protocol address (RFC 6890)"),
            special("192.0.2.0/24", "a documentation address (RFC 5737)"),
            special("192.168.0.0/16", "a private address (RFC 1918)"),
            special("198.18.0.0/15", "a benchmarking address (RFC 2544)"),
            special("198.51.100.0/24", "a documentation address (RFC 5737)"),
            special("203.0.113.0/24", "a documentation address (RFC 5737)"),
            special("224.0.0.0/4", "a multicast address"),
            special("255.255.255.255/32", "the broadcast address"),
            special("240.0.0.0/4", "a reserved address (RFC 1112)"),
            special("::/128", "the unspecified IPv6 address"),
            special("::1/128", "the IPv6 loopback address"),
            special("64:ff9b:1::/48", "a local-use NAT64 address (RFC 8215)"),
            special("100::/64", "a discard-only IPv6 address (RFC 6666)"),
            special("2001::/32", "a Teredo tunnel address (RFC 4380)"),
            special("2001:db8::/32", "an IPv6 documentation address (RFC 3849)"),
            special("fc00::/7", "an IPv6 unique local address (RFC 4193)"),
            special("fe80::/10", "an IPv6 link-local address"),
            special("fec0::/10", "an IPv6 site-local address (deprecated, RFC 3879)"),
            special("ff00::/8", "an IPv6 multicast address"));

    private final List<AddressRange> allowed;

    /** @param allowed the special addresses the crawl may reach nonetheless */
    AddressPolicy(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /**
     * Why {@code address} on {@code port} must not be fetched, or empty when it may be.
     * 127.0.0.1 → "127.0.0.1 is a loopback address".
     */
    Optional<String> refusal(InetAddress address, int port) {
        if (isAllowed(address, port)) return Optional.empty();
        Optional<String> special = specialLabel(address);
        if (special.isPresent()) return Optional.of(address.getHostAddress() + " is " + special.get());
        Optional<InetAddress> inner = embeddedIpv4(address);
        if (inner.isEmpty() || isAllowed(inner.get(), port)) return Optional.empty();
        return specialLabel(inner.get())
                .map(label ->
                        address.getHostAddress() + " carries " + inner.get().getHostAddress() + ", " + label);
    }

    /** The allowed ranges as given, for messages. */
    List<AddressRange> allowed() {
        return allowed;
    }

    private boolean isAllowed(InetAddress address, int port) {
        return allowed.stream().anyMatch(range -> range.contains(address, port));
    }

    private static Optional<String> specialLabel(InetAddress address) {
        return SPECIAL.stream()
                .filter(s -> s.range().contains(address, AddressRange.ANY_PORT))
                .map(Special::label)
                .findFirst();
    }

    /**
     * The IPv4 address inside an IPv6 one: IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 (RFC 6052) and 6to4 2002::/16 (RFC 3056).
     */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (address instanceof Inet4Address) return Optional.empty();
        byte[] b = address.getAddress();
        boolean firstTenZero = allZero(b, 0, 10);
        boolean mapped = firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xFF) == 0x00
                && (b[1] & 0xFF) == 0x64
                && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) return Optional.of(AddressRange.byAddress(Arrays.copyOfRange(b, 12, 16)));
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02)
            return Optional.of(AddressRange.byAddress(Arrays.copyOfRange(b, 2, 6)));
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) if (bytes[i] != 0) return false;
        return true;
    }

    private static Special special(String range, String label) {
        return new Special(AddressRange.parse(range), label);
    }
}
