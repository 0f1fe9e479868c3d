package dev.marsad.crawl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A block of IP addresses, optionally on one port: an entry of the crawl's allow-list of addresses
 * it may fetch although they are private ({@link CrawlConfig#allowedAddresses()}).
 *
 * <p>Written as {@code ADDRESS}, {@code ADDRESS/PREFIX}, either followed by {@code :PORT}; IPv6 in
 * brackets when a port follows. {@code "127.0.0.1"}, {@code "127.0.0.0/8"}, {@code
 * "127.0.0.1:8181"}, {@code "::1"}, {@code "fd00::/8"}, {@code "[::1]:8080"}. Addresses must be
 * literal (no names: a name can change its address) and IPv4 in the dotted form.
 *
 * @param network the first address of the block (host bits cleared)
 * @param prefix how many leading bits an address must share with {@code network}
 * @param port the only port allowed, or {@link #ANY_PORT}
 */
public record AddressRange(InetAddress network, int prefix, int port) {

    /** The {@link #port()} of a range that allows every port. */
    public static final int ANY_PORT = -1;

    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    public AddressRange {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefix < 0 || prefix > bits)
            throw new IllegalArgumentException(
                    "prefix of " + network.getHostAddress() + " must be 0.." + bits + ", got " + prefix);
        if (port != ANY_PORT && (port < 1 || port > 65_535))
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        network = masked(network, prefix);
    }

    /**
     * Parses one allow-list entry ("127.0.0.0/8", "127.0.0.1:8181", "[::1]:8080").
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public static AddressRange parse(String text) {
        String entry = text.strip();
        try {
            return parseEntry(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "bad address range '" + text + "': " + e.getMessage()
                            + " (expected e.g. 127.0.0.1, 127.0.0.0/8, 127.0.0.1:8181 or [::1]:8080)",
                    e);
        }
    }

    private static AddressRange parseEntry(String entry) {
        String block = entry;
        int port = ANY_PORT;
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) throw new IllegalArgumentException("no closing ']'");
            block = entry.substring(1, close);
            String rest = entry.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) throw new IllegalArgumentException("unexpected '" + rest + "'");
                port = parsePort(rest.substring(1));
            }
        } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
            block = entry.substring(0, entry.indexOf(':')); // one colon: IPv4 with a port
            port = parsePort(entry.substring(entry.indexOf(':') + 1));
        }
        int slash = block.indexOf('/');
        InetAddress address = literal(slash < 0 ? block : block.substring(0, slash));
        int prefix = slash < 0 ? address.getAddress().length * 8 : parseNumber(block.substring(slash + 1), "prefix");
        return new AddressRange(address, prefix, port);
    }

    /** Whether {@code address} lies in this block and {@code port} is the one allowed (if one is named). */
    boolean contains(InetAddress address, int port) {
        if (this.port != ANY_PORT && this.port != port) return false;
        byte[] mine = network.getAddress();
        byte[] theirs = address.getAddress();
        return mine.length == theirs.length
                && Arrays.equals(mine, masked(address, prefix).getAddress());
    }

    /**
     * A literal IP address without any DNS lookup: IPv4 only in the dotted form of four decimal numbers
     * (no octal, hex or short forms), IPv6 in any form {@link InetAddress} reads.
     *
     * @throws IllegalArgumentException when {@code text} is not such a literal
     */
    static InetAddress literal(String text) {
        boolean ipv4 = DOTTED_QUAD.matcher(text).matches();
        boolean ipv6 = text.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(text).matches();
        if (!ipv4 && !ipv6) throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address");
        if (ipv4) {
            byte[] bytes = new byte[4];
            String[] parts = text.split("\\.");
            for (int i = 0; i < 4; i++) {
                int value = Integer.parseInt(parts[i]);
                if (value > 255) throw new IllegalArgumentException("'" + text + "': " + value + " is over 255");
                bytes[i] = (byte) value;
            }
            return byAddress(bytes);
        }
        try {
            // A string of hex digits, colons and dots is parsed as a literal: InetAddress does no lookup.
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address", e);
        }
    }

    @Override
    public String toString() {
        String block = network.getHostAddress() + "/" + prefix;
        if (port == ANY_PORT) return block;
        return (network instanceof Inet4Address ? block : "[" + block + "]") + ":" + port;
    }

    private static int parsePort(String text) {
        return parseNumber(text, "port");
    }

    private static int parseNumber(String text, String what) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit))
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        return Integer.parseInt(text);
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            bytes[i] &= (byte) (0xFF << (8 - keep));
        }
        return byAddress(bytes);
    }

    static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(
                    "an IP address has 4 or 16 bytes, got " + bytes.length + " (" + e.getMessage() + ")", e);
        }
    }
}
