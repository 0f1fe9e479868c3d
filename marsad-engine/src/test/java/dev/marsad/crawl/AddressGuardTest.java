package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard on real servers on loopback addresses (issue 10: a feed on one local port made the
 * crawler fetch an "internal" service on another, whose secret reached the public index).
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the real test server (module jdk.httpserver)")
class AddressGuardTest {

    private static final byte[] SECRET = "<p>internal: api-key=s3cr3t</p>".getBytes(StandardCharsets.UTF_8);

    private TestSite internal;

    @BeforeEach
    void start() {
        internal = TestSite.startOn("127.0.0.1", 0).page("/admin", "text/html", SECRET);
    }

    @AfterEach
    void stop() {
        internal.close();
    }

    private static HttpFetcher fetcher(List<AddressRange> allowed) {
        return new HttpFetcher(new FetchSettings(
                CrawlConfig.DEFAULT_USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20, allowed));
    }

    private static FetchOutcome fetch(List<AddressRange> allowed, URI url) throws InterruptedException {
        try (var fetcher = fetcher(allowed)) {
            return fetcher.fetch(url, Validators.NONE);
        }
    }

    @Test
    void refusesLoopbackWhenNothingIsAllowedAndSendsNothing() throws InterruptedException {
        FetchOutcome outcome = fetch(List.of(), internal.url("/admin"));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.ADDRESS_REFUSED);
            assertThat(f.kind().state()).isEqualTo(UrlState.REJECTED);
            assertThat(f.detail()).contains("127.0.0.1 is a loopback address").contains("--allow-address");
        });
        assertThat(internal.hits("/admin"))
                .as("requests that reached the internal service")
                .isZero();
    }

    @Test
    void fetchesLoopbackThatTheConfigurationNamesExplicitly() throws InterruptedException {
        FetchOutcome outcome =
                fetch(List.of(AddressRange.parse("127.0.0.1:" + internal.port())), internal.url("/admin"));
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(internal.hits("/admin")).isEqualTo(1);
    }

    @Test
    void anAllowedPortDoesNotOpenTheOtherPortsOfTheAddress() throws InterruptedException {
        try (var feedSite = TestSite.startOn("127.0.0.1", 0)) {
            var onlyTheFeed = List.of(AddressRange.parse("127.0.0.1:" + feedSite.port()));
            var failed = (FetchOutcome.Failed) fetch(onlyTheFeed, internal.url("/admin"));
            assertThat(failed.kind()).isEqualTo(FailureKind.ADDRESS_REFUSED);
            assertThat(failed.detail()).contains("allowed are only 127.0.0.1/32:" + feedSite.port());
        }
        assertThat(internal.hits("/admin")).isZero();
    }

    @Test
    void refusesNamesThatResolveToLoopback() throws InterruptedException {
        var failed =
                (FetchOutcome.Failed) fetch(List.of(), URI.create("http://localhost:" + internal.port() + "/admin"));
        assertThat(failed.kind()).isEqualTo(FailureKind.ADDRESS_REFUSED);
        assertThat(failed.detail()).contains("localhost resolves to 127.0.0.1");
        assertThat(internal.hits("/admin")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "017700000001", "127.0.0.01"})
    void refusesIpv4InAmbiguousSpellingsEvenWhenLoopbackIsAllowed(String host) throws InterruptedException {
        URI url = URI.create("http://" + host + ":" + internal.port() + "/admin");
        FetchOutcome outcome = fetch(TestSite.LOOPBACK, url);
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.kind()).isIn(FailureKind.ADDRESS_REFUSED, FailureKind.INVALID_URL);
            assertThat(f.kind().isRetryable()).isFalse();
        });
        assertThat(internal.hits("/admin")).as(host).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::1]", "[0:0:0:0:0:ffff:7f00:1]"})
    void refusesIpv6FormsOfLoopback(String host) throws InterruptedException {
        var failed =
                (FetchOutcome.Failed) fetch(List.of(), URI.create("http://" + host + ":" + internal.port() + "/admin"));
        assertThat(failed.kind()).as(host).isEqualTo(FailureKind.ADDRESS_REFUSED);
        assertThat(internal.hits("/admin")).isZero();
    }

    @Test
    void connectsToTheAddressThatWasCheckedNotToAFreshLookup() throws Exception {
        // A name that no DNS server knows: the request can only reach a server through the pinned answer.
        String name = "rebind-" + System.nanoTime() + ".example.com";
        try (var other = TestSite.startOn("127.0.0.3", 0);
                var pin = PinnedNames.pin(name, List.of(InetAddress.getByAddress(new byte[] {127, 0, 0, 3})))) {
            other.page("/x", "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
            URI url = URI.create("http://" + name + ":" + other.port() + "/x");
            var refused = (FetchOutcome.Failed) fetch(List.of(AddressRange.parse("127.0.0.2")), url);
            assertThat(refused.kind()).isEqualTo(FailureKind.ADDRESS_REFUSED);
            assertThat(refused.detail()).contains(name + " resolves to 127.0.0.3");
            assertThat(other.hits("/x")).isZero();
            assertThat(fetch(List.of(AddressRange.parse("127.0.0.3")), url)).isInstanceOf(FetchOutcome.Fetched.class);
            assertThat(other.hits("/x")).isEqualTo(1);
        }
    }

    @Test
    void aPinHoldsTheNameToItsAnswerUntilTheLastHolderLetsGo() throws Exception {
        String name = "pinned-" + System.nanoTime() + ".invalid";
        InetAddress a = InetAddress.getByAddress(new byte[] {127, 0, 0, 9});
        try (var first = PinnedNames.pin(name, List.of(a))) {
            try (var second = PinnedNames.pin(name, List.of(InetAddress.getByAddress(new byte[] {127, 0, 0, 10})))) {
                assertThat(second.addresses())
                        .as("a second pin shares the first answer")
                        .containsExactly(a);
            }
            assertThat(InetAddress.getAllByName(name)).containsExactly(a);
        }
        assertThat(PinnedNames.pin(name, List.of()).addresses())
                .as("released: pinned anew")
                .isEmpty();
    }

    @Test
    void aFeedCannotSendTheCrawlToAnInternalServiceOnAnotherPort(@TempDir Path data) {
        // the attack: a public feed (here on an allowed port) lists an internal URL
        try (var publisher = TestSite.startOn("127.0.0.2", 0);
                var state = CrawlState.open(data.resolve("crawl.db"))) {
            publisher.page("/rss.xml", "application/rss+xml", TestSite.rssOf(internal.base() + "/admin"));
            publisher.redirect("/go", 302, internal.base() + "/admin");
            var source = new Source(
                    "pub",
                    "ناشر",
                    List.of(URI.create(publisher.base() + "/rss.xml")),
                    List.of(),
                    List.of(URI.create(publisher.base() + "/go")),
                    Duration.ZERO);
            var config = CrawlConfig.builder(data)
                    .allowedAddresses(List.of(AddressRange.parse("127.0.0.2:" + publisher.port())))
                    .build();
            var stored = new java.util.concurrent.atomic.AtomicInteger();
            new CrawlRun(
                            config,
                            state,
                            c -> {
                                stored.incrementAndGet();
                                return PageVerdict.accepted(1);
                            },
                            CrawlListener.NONE)
                    .run(List.of(source));
            assertThat(internal.hits("/admin"))
                    .as("requests that reached the internal service")
                    .isZero();
            assertThat(stored).hasValue(0);
            URI secret = URI.create(internal.base() + "/admin");
            assertThat(state.state(secret)).hasValue(UrlState.REJECTED);
            assertThat(state.logOf(secret))
                    .as("the internal URL's recorded reason")
                    .last()
                    .asString()
                    .contains("refused to fetch")
                    .contains("127.0.0.1 is a loopback address");
            assertThat(state.logOf(URI.create(publisher.base() + "/go")))
                    .as("the start page that redirects inside")
                    .last()
                    .asString()
                    .contains("refused to fetch");
        }
    }
}
