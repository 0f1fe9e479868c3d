package dev.marsad.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed ports keep every URL the same from one start to the next; a taken port is named. */
class DemoNewsroomPortsTest {

    @Test
    void fixedFirstPortGivesTheSameUrlsOnEveryStart() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int firstPort = freeRun(loopback, 4);
        List<URI> first;
        try (DemoNewsroom newsroom = DemoNewsroom.start(loopback, firstPort)) {
            first = newsroom.articles().stream().map(DemoArticle::url).toList();
            assertThat(newsroom.sites().getFirst().base().getPort()).isEqualTo(firstPort);
            assertThat(newsroom.sites().getLast().base().getPort())
                    .isEqualTo(firstPort + newsroom.sites().size() - 1);
            assertThatThrownBy(() -> DemoNewsroom.start(loopback, firstPort))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(":" + firstPort);
        }
        try (DemoNewsroom again = DemoNewsroom.start(loopback, firstPort)) {
            assertThat(again.articles().stream().map(DemoArticle::url).toList()).isEqualTo(first);
        }
    }

    @Test
    void rejectsAFirstPortWithoutRoomForTheSites() {
        assertThatThrownBy(() -> DemoNewsroom.start(InetAddress.getLoopbackAddress(), 65_534))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65534");
    }

    /**
     * A first port whose next {@code count - 1} ports are free too: an ephemeral port's neighbours
     * may be another test's client sockets, so each run is probed whole (a few tries).
     */
    private static int freeRun(InetAddress loopback, int count) throws IOException {
        for (int attempt = 0; ; attempt++) {
            int first;
            try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
                first = probe.getLocalPort();
            }
            var held = new java.util.ArrayList<ServerSocket>();
            try {
                for (int k = 0; k < count; k++) held.add(new ServerSocket(first + k, 1, loopback));
                return first;
            } catch (IOException taken) {
                if (attempt == 20) throw taken;
            } finally {
                for (ServerSocket socket : held) socket.close();
            }
        }
    }
}
