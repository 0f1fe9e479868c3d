package dev.marsad.cli;

import dev.marsad.crawl.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The FILE|URL argument (and --url for files) of the commands that read one page: a picocli mixin. */
final class PageTarget {

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "an HTML file (may be .gz) or an http(s) URL")
    String target;

    @Option(names = "--url", description = "the page URL to resolve links against (for files)")
    URI pageUrl;

    @Mixin
    AddressOption addresses;

    /** The page: fetched for a URL (guarded, size- and time-limited like the crawl), read for a file. */
    Page read() {
        return PageInputs.isUrl(target)
                ? PageInputs.fetch(target, addresses.allowed())
                : PageInputs.file(Path.of(target), Optional.ofNullable(pageUrl));
    }

    @Override
    public String toString() {
        return target;
    }
}
