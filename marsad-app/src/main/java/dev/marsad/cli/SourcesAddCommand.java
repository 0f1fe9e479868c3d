package dev.marsad.cli;

import dev.marsad.crawl.CrawlConfig;
import dev.marsad.crawl.CrawlState;
import dev.marsad.crawl.Source;
import dev.marsad.crawl.SourceFinder;
import dev.marsad.crawl.SourceRegistry;
import dev.marsad.ingest.DataFolder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources add URL [--id ID] [--name NAME]}: a source found from a home page, feed or sitemap. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a source by its home page (its feeds from <link rel=\"alternate\">, its news sitemaps from"
                + " robots.txt, else the page itself as a start page), or by a feed or sitemap URL."
                + " A running `marsad run` picks it up within seconds.")
final class SourcesAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "URL", description = "a site's home page, a feed or a sitemap")
    String url;

    @Option(names = "--id", description = "the source id (default: derived from the host, e.g. example-com)")
    String id;

    @Option(names = "--name", description = "the display name (default: og:site_name, <title> or the feed's title)")
    String name;

    @Mixin
    DataOption data;

    @Mixin
    AddressOption addresses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        DataFolder dir = data.directory();
        var registry = new SourceRegistry(dir.sources());
        URI target = parse(url);
        Optional.ofNullable(id).ifPresent(given -> requireNew(registry, given));
        Source found;
        try (var state = CrawlState.open(dir.crawlDatabase())) {
            var config = CrawlConfig.builder(dir.root())
                    .allowedAddresses(addresses.allowed())
                    .build();
            found = new SourceFinder(config, state).find(target);
        }
        Source source = new Source(
                Optional.ofNullable(id).orElse(found.id()),
                Optional.ofNullable(name).map(String::strip).orElse(found.name()),
                found.feeds(),
                found.sitemaps(),
                found.startPages(),
                found.delay());
        registry.add(source);
        spec.commandLine().getOut().println("added " + describe(source));
        return 0;
    }

    private static void requireNew(SourceRegistry registry, String given) {
        if (registry.read().find(given).isPresent())
            throw new IllegalArgumentException("a source with id '" + given + "' is already in " + registry.file());
    }

    private static URI parse(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason(), e);
        }
    }

    /** "id (name): feeds […]; sitemaps […]; start pages […]", the listings that are present. */
    static String describe(Source source) {
        var text = new StringBuilder(source.id())
                .append(" (")
                .append(source.name())
                .append(")");
        String separator = ": ";
        for (var part : List.of(
                Map.entry("feeds", source.feeds()),
                Map.entry("sitemaps", source.sitemaps()),
                Map.entry("start pages", source.startPages()))) {
            List<URI> urls = part.getValue();
            if (urls.isEmpty()) continue;
            text.append(separator).append(part.getKey()).append(' ').append(urls);
            separator = "; ";
        }
        return text.toString();
    }
}
