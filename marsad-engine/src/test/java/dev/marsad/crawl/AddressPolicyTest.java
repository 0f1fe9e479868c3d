package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private static final AddressPolicy STRICT = new AddressPolicy(List.of());

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1         | loopback",
                "127.255.0.9       | loopback",
                "10.1.2.3          | private",
                "172.16.0.1        | private",
                "172.31.255.255    | private",
                "192.168.1.1       | private",
                "100.64.0.1        | carrier-grade NAT",
                "169.254.169.254   | link-local",
                "0.0.0.0           | unspecified",
                "224.0.0.1         | multicast",
                "255.255.255.255   | broadcast",
                "240.0.0.1         | reserved",
                "::1               | IPv6 loopback",
                "::                | unspecified IPv6",
                "fe80::1           | link-local",
                "fc00::1           | unique local",
                "fd12:3456::1      | unique local",
                "ff02::1           | multicast",
                "::ffff:10.0.0.1   | private",
                "::127.0.0.1       | loopback",
                "64:ff9b::a9fe:a9fe| link-local",
                "2002:7f00:1::     | loopback",
            })
    void refusesSpecialAddresses(String address, String label) {
        assertThat(STRICT.refusal(AddressRange.literal(address), 80))
                .as(address)
                .hasValueSatisfying(why -> assertThat(why).contains(label));
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(
            strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "1.1.1.1", "2a00:1450:4001::200e", "::ffff:8.8.4.4"})
    void allowsPublicAddresses(String address) {
        assertThat(STRICT.refusal(AddressRange.literal(address), 443))
                .as(address)
                .isEmpty();
    }

    @ParameterizedTest(name = "allow-list {0} lets {1}:{2} through: {3}")
    @CsvSource({
        "127.0.0.0/8,    127.0.0.5, 80,   true",
        "127.0.0.1,      127.0.0.2, 80,   false",
        "127.0.0.1:8181, 127.0.0.1, 8181, true",
        "127.0.0.1:8181, 127.0.0.1, 8080, false",
        "10.0.0.0/8,     10.9.9.9,  443,  true",
        "10.0.0.0/8,     192.168.0.1, 443, false",
        "'[::1]:8080',   ::1,       8080, true",
        "fd00::/8,       fd00::7,   80,   true",
    })
    void allowsOnlyWhatTheAllowListNames(String range, String address, int port, boolean allowed) {
        var policy = new AddressPolicy(List.of(AddressRange.parse(range)));
        assertThat(policy.refusal(AddressRange.literal(address), port).isEmpty())
                .as("%s through %s on %d", address, range, port)
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "''{0}'' is no address range")
    @ValueSource(
            strings = {
                "localhost",
                "127.1",
                "0177.0.0.1",
                "2130706433",
                "127.0.0.1/33",
                "127.0.0.1:0",
                "[::1",
                "a.b.c.d"
            })
    void rejectsBadRangesWithTheirText(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"127.0.0.1, 127.0.0.1/32", "10.1.2.3/8, 10.0.0.0/8", "127.0.0.1:8181, 127.0.0.1/32:8181"})
    void readsRanges(String text, String shown) {
        assertThat(AddressRange.parse(text).toString()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "embedded IPv4 of {0}")
    @CsvSource({"::ffff:7f00:1, 127.0.0.1", "64:ff9b::a00:1, 10.0.0.1", "2002:c0a8:101::1, 192.168.1.1"})
    void findsTheIpv4AddressInsideIpv6(String v6, String v4) throws Exception {
        byte[] bytes = new byte[16];
        byte[] given = AddressRange.literal(v6).getAddress();
        if (given.length
                == 4) { // InetAddress turns ::ffff:a.b.c.d into IPv4; a resolver could still hand out the IPv6 form
            bytes[10] = (byte) 0xFF;
            bytes[11] = (byte) 0xFF;
            System.arraycopy(given, 0, bytes, 12, 4);
        } else {
            bytes = given;
        }
        InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
        assertThat(STRICT.refusal(address, 80)).as(v6).isPresent();
        assertThat(AddressPolicy.embeddedIpv4(address).map(InetAddress::getHostAddress))
                .hasValue(v4);
    }
}
