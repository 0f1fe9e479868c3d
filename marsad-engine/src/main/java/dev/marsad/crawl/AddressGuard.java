package dev.marsad.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, just before a request, whether its host may be reached: resolves the name once, pins that
 * answer for the request ({@link PinnedNames}) and checks every address against the {@link
 * AddressPolicy}. {@link HttpFetcher} asks before every request, so every redirect hop is checked on
 * its own.
 *
 * <p>A host written as a number in any form other than the dotted quad ({@code 2130706433}, {@code
 * 0177.0.0.1}, {@code 0x7f.1}) is refused outright: URL parsers disagree about what such hosts mean
 * (the WHATWG URL standard reads {@code 0177.0.0.1} as 127.0.0.1, {@link InetAddress} as 177.0.0.1), and
 * no publisher needs them.
 */
final class AddressGuard {

    /** Whether a request may go ahead. */
    sealed interface Admission {
        /** It may: the name stays pinned (or is a literal address) until {@link #close}. */
        record Admitted(Optional<PinnedNames.Pin> pin) implements Admission, AutoCloseable {
            @Override
            public void close() {
                pin.ifPresent(PinnedNames.Pin::close);
            }
        }

        /** It may not, and why. */
        record Refused(FailureKind kind, String detail) implements Admission {}
    }

    /** WHATWG URL "ends in a number": the last label is decimal digits or 0x hex, so the host is an IPv4 address. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0[xX][0-9A-Fa-f]*");

    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");

    private final AddressPolicy policy;

    /** @throws IllegalStateException when the pinning resolver is not installed (see {@link PinnedNames}) */
    AddressGuard(AddressPolicy policy) {
        PinnedNames.requireInstalled();
        this.policy = policy;
    }

    /** Resolves and checks the host of {@code url}; an admitted request must close its admission when done. */
    Admission admit(URI url) {
        try {
            return admitHost(url);
        } catch (IllegalArgumentException e) {
            return new Admission.Refused(FailureKind.INVALID_URL, "cannot request '" + url + "': " + e.getMessage());
        }
    }

    private Admission admitHost(URI url) {
        String host = url.getHost();
        if (host == null || host.isEmpty())
            return new Admission.Refused(FailureKind.INVALID_URL, "'" + url + "' names no host");
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (host.startsWith("[")) return check(url, port, List.of(literal(host.substring(1, host.length() - 1))));
        if (NUMERIC_LABEL.matcher(bare.substring(bare.lastIndexOf('.') + 1)).matches()) {
            if (!DOTTED_QUAD.matcher(bare).matches())
                return refused(
                        url,
                        "the host '" + host + "' is an IPv4 address in an ambiguous spelling (decimal, octal, hex or"
                                + " short form); only the dotted form a.b.c.d is fetched");
            return check(url, port, List.of(literal(bare)));
        }
        return checkName(url, host, port);
    }

    private Admission checkName(URI url, String host, int port) {
        PinnedNames.Pin pin;
        Set<InetAddress> addresses;
        try {
            pin = PinnedNames.pin(host);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new Admission.Refused(
                    FailureKind.CONNECT, "cannot fetch " + url + ": cannot resolve '" + host + "': " + e.getMessage());
        }
        try {
            addresses = new LinkedHashSet<>(pin.addresses());
            // The JDK's own address cache may hold an answer from before the pin; the client could get it.
            addresses.addAll(List.of(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            pin.close();
            return new Admission.Refused(
                    FailureKind.CONNECT, "cannot fetch " + url + ": cannot resolve '" + host + "': " + e.getMessage());
        }
        Admission admission = check(url, port, new ArrayList<>(addresses));
        if (admission instanceof Admission.Admitted) return new Admission.Admitted(Optional.of(pin));
        pin.close();
        return admission;
    }

    private Admission check(URI url, int port, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            Optional<String> why = policy.refusal(address, port);
            if (why.isPresent()) {
                String allowed = policy.allowed().isEmpty()
                        ? "no private addresses are allowed"
                        : "allowed are only "
                                + String.join(
                                        ", ",
                                        policy.allowed().stream()
                                                .map(AddressRange::toString)
                                                .toList());
                String via = url.getHost().equals(address.getHostAddress()) ? "" : url.getHost() + " resolves to ";
                return refused(
                        url,
                        via + why.get() + "; " + allowed + " (see the allowed addresses of the crawl"
                                + " configuration, --allow-address)");
            }
        }
        return new Admission.Admitted(Optional.empty());
    }

    private static Admission refused(URI url, String why) {
        return new Admission.Refused(FailureKind.ADDRESS_REFUSED, "refused to fetch " + url + ": " + why);
    }

    private static InetAddress literal(String text) {
        return AddressRange.literal(text.toLowerCase(Locale.ROOT));
    }
}
