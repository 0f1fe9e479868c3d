package dev.marsad.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from, for rate limits: the connection's address, or behind a trusted reverse
 * proxy the last address in X-Forwarded-For that is not itself a trusted proxy. Addresses before
 * that one were written by the client and prove nothing.
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * The client of a request from {@code remote} with these X-Forwarded-For header values (in the
     * order received). {@code ("127.0.0.1", ["203.0.113.9, 10.0.0.2"])} with 127.0.0.1 and 10.0.0.2
     * trusted gives "203.0.113.9".
     */
    String of(String remote, List<String> forwardedFor) {
        if (!trustedProxies.contains(remote)) return remote;
        String client = remote;
        for (int h = forwardedFor.size() - 1; h >= 0; h--) {
            String[] hops = forwardedFor.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<String> hop = hop(hops[i]);
                if (hop.isEmpty()) return client; // a malformed hop: trust nothing before it
                client = hop.get();
                if (!trustedProxies.contains(client)) return client;
            }
        }
        return client;
    }

    /** One hop as an address, without a port or brackets; empty when it is not one. */
    private static Optional<String> hop(String raw) {
        String h = raw.strip();
        if (h.startsWith("[") && h.contains("]")) h = h.substring(1, h.indexOf(']'));
        else if (h.chars().filter(c -> c == ':').count() == 1) h = h.substring(0, h.indexOf(':'));
        if (h.isEmpty() || h.length() > MAX_ADDRESS_CHARS) return Optional.empty();
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            boolean ok =
                    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
            if (!ok) return Optional.empty();
        }
        return Optional.of(h);
    }

    /** An IPv6 address in full is 39 characters; anything longer is not an address. */
    private static final int MAX_ADDRESS_CHARS = 45;
}
