package dev.marsad.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * Installs {@link PinnedNames} as the JVM's name resolver (JEP 418, registered in {@code
 * META-INF/services/java.net.spi.InetAddressResolverProvider}): a name that the crawler has pinned
 * resolves to the addresses it checked; every other name goes to the JDK's own resolver unchanged.
 *
 * <p>The JDK loads this once, on the first name lookup of the process; it is not meant to be called
 * by Marsad's code.
 */
public final class PinningResolverProvider extends InetAddressResolverProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public PinningResolverProvider() {}

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        PinnedNames.install(builtin);
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                return PinnedNames.lookup(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "marsad-pinned-names";
    }
}
