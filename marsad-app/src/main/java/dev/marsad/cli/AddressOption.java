package dev.marsad.cli;

import dev.marsad.crawl.AddressRange;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The --allow-address option of every command that fetches: a picocli mixin. */
final class AddressOption {

    @Option(
            names = "--allow-address",
            paramLabel = "RANGE",
            description = "Let fetching reach this loopback, private or link-local address or range (127.0.0.1,"
                    + " 10.0.0.0/8, 127.0.0.1:8181, [::1]:8080), refused otherwise; repeatable. For local tests"
                    + " only: never allow private ranges on a server that crawls the web.")
    List<String> ranges = new ArrayList<>();

    /**
     * The ranges given.
     *
     * @throws IllegalArgumentException naming the first entry that is not a range
     */
    List<AddressRange> allowed() {
        return ranges.stream().map(AddressRange::parse).toList();
    }
}
