package dev.marsad.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Replays the article pages of WARC files the way the crawl saw them, for a rebuild of the index.
 * {@link #plan} reads every record's header once and decides what to ingest and in which order:
 *
 * <ol>
 *   <li>only page responses: records Marsad labelled as pages ({@code Marsad-Kind: page}), or, in
 *       another crawler's archive, 2xx HTML responses; feeds, sitemaps, robots.txt and error pages
 *       are never ingested;
 *   <li>pages the crawl stored come first, in the order the store took them (the sequence in their
 *       verdict record), so linking sees them in the same order as the live crawl did;
 *   <li>pages the crawl rejected stay rejected and are counted, not ingested;
 *   <li>pages without a verdict (a capture whose process stopped before its verdict, or a foreign
 *       archive) follow in archive order, unless the same URL has a verdict elsewhere;
 *   <li>a record that cannot be read is reported as a {@link Problem} and the reading goes on
 *       with the next file.
 * </ol>
 *
 * {@link #read} then loads one planned page as a {@link Capture}, with the source and hints that the
 * crawl wrote into the record.
 */
public final class WarcArchive {

    /** One page to ingest: where its response record is. */
    public record Entry(Path file, long offset, URI url, Instant capturedAt, Optional<Long> sequence) {
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(capturedAt, "capturedAt");
            Objects.requireNonNull(sequence, "sequence");
        }
    }

    /** A file or record that could not be read: {@code detail} names the file and offset. */
    public record Problem(Path file, long offset, String detail) {}

    /**
     * What a rebuild should do.
     *
     * @param pages the pages to ingest, in order
     * @param rejectedByCrawl pages the crawl had rejected, left out
     * @param skipped responses that are not article pages (feeds, sitemaps, robots.txt, errors) or
     *     superseded captures
     * @param problems unreadable files and records
     */
    public record Plan(List<Entry> pages, int rejectedByCrawl, int skipped, List<Problem> problems) {
        public Plan {
            pages = List.copyOf(pages);
            problems = List.copyOf(problems);
        }
    }

    private WarcArchive() {}

    /**
     * Plans the replay of a WARC file or of every {@code .warc}/{@code .warc.gz} file in a folder
     * (files in name order: Marsad's names sort by creation time).
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static Plan plan(Path fileOrFolder) {
        List<Path> files = warcFiles(fileOrFolder);
        var scan = new Scan();
        for (Path file : files) scan.read(file);
        return scan.plan();
    }

    /**
     * Loads one planned page.
     *
     * @throws UncheckedIOException naming the file and offset when the record cannot be read
     */
    public static Capture read(Entry entry) {
        try (FileChannel channel = FileChannel.open(entry.file(), StandardOpenOption.READ)) {
            channel.position(entry.offset());
            WarcReader reader = new WarcReader(channel);
            WarcRecord record =
                    reader.next().orElseThrow(() -> new IOException("no record at offset " + entry.offset()));
            if (!(record instanceof WarcResponse response))
                throw new IOException("record at offset " + entry.offset() + " is a " + record.type());
            Optional<RecordLabels> labels = RecordLabels.read(response.headers());
            HttpResponse http = response.http();
            byte[] body = http.bodyDecoded().stream().readAllBytes();
            var page =
                    new Page(response.targetURI(), http.status(), http.headers().map(), body, response.date());
            var location = new WarcLocation(entry.file().getFileName().toString(), entry.offset(), response.id());
            return new Capture(
                    page,
                    labels.map(RecordLabels::sourceId).orElse(Capture.NO_SOURCE),
                    labels.flatMap(RecordLabels::sourceName),
                    labels.map(RecordLabels::hints).orElse(Hints.NONE),
                    Optional.of(location));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(
                    "cannot read WARC record at offset " + entry.offset() + " of " + entry.file() + ": "
                            + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static List<Path> warcFiles(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) return List.of(fileOrFolder);
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(WarcArchive::isWarc)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list WARC files in " + fileOrFolder + ": " + e.getMessage(), e);
        }
    }

    /** Whether a file name says WARC ({@code .warc}, {@code .warc.gz}). */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** The headers of every record, gathered in one pass. */
    private static final class Scan {
        /** A page response seen, with its WARC-Record-ID. */
        private record Seen(Entry entry, URI id) {}

        private final List<Seen> responses = new ArrayList<>();
        private final Map<URI, Long> storedSequence = new HashMap<>();
        private final Set<URI> rejected = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private int skipped;

        void read(Path file) {
            long position = 0;
            try (WarcReader reader = new WarcReader(file)) {
                Optional<WarcRecord> next;
                while ((next = reader.next()).isPresent()) {
                    WarcRecord record = next.get();
                    position = record.position();
                    switch (record) {
                        case WarcResponse r -> response(file, r);
                        case WarcMetadata m -> verdict(m);
                        default -> {}
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(
                        file,
                        position,
                        "cannot read WARC record at offset " + position + " of " + file + ": " + e.getMessage()
                                + " (the rest of this file is skipped)"));
            }
        }

        private void response(Path file, WarcResponse response) throws IOException {
            Optional<RecordLabels> labels = RecordLabels.read(response.headers());
            URI url = response.targetURI();
            boolean page = labels.isPresent()
                    ? labels.get().kind() == DocumentKind.PAGE && isSuccess(response)
                    : url != null
                            && url.getScheme() != null
                            && url.getScheme().startsWith("http")
                            && isSuccess(response)
                            && isHtml(response);
            if (!page) {
                skipped++;
                return;
            }
            responses.add(new Seen(
                    new Entry(file, response.position(), url, response.date(), Optional.empty()), response.id()));
        }

        private void verdict(WarcMetadata metadata) throws IOException {
            if (metadata.concurrentTo().isEmpty()) return;
            Optional<PageVerdict> verdict = VerdictFields.read(metadata.fields());
            if (verdict.isEmpty()) return;
            URI responseId = metadata.concurrentTo().getFirst();
            switch (verdict.get()) {
                case PageVerdict.Accepted a -> storedSequence.put(responseId, a.sequence());
                case PageVerdict.Rejected r -> rejected.add(responseId);
            }
        }

        Plan plan() {
            // A verdict follows its response, possibly in a later file: decide once all are read.
            List<Entry> stored = new ArrayList<>();
            List<Entry> undecided = new ArrayList<>();
            Set<URI> decidedUrls = new HashSet<>();
            int rejectedCount = 0;
            for (Seen seen : responses) {
                Entry e = seen.entry();
                URI id = seen.id();
                if (storedSequence.containsKey(id)) {
                    stored.add(new Entry(
                            e.file(), e.offset(), e.url(), e.capturedAt(), Optional.of(storedSequence.get(id))));
                    decidedUrls.add(e.url());
                } else if (rejected.contains(id)) {
                    rejectedCount++;
                    decidedUrls.add(e.url());
                } else {
                    undecided.add(e);
                }
            }
            stored.sort(Comparator.comparing(e -> e.sequence().orElseThrow()));
            var pages = new ArrayList<>(stored);
            for (Entry e : undecided) {
                if (decidedUrls.contains(e.url())) skipped++;
                else pages.add(e);
            }
            return new Plan(pages, rejectedCount, skipped, problems);
        }
    }

    private static boolean isSuccess(WarcResponse response) throws IOException {
        int status = response.http().status();
        return status >= 200 && status < 300;
    }

    private static boolean isHtml(WarcResponse response) throws IOException {
        String type = response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
        return type.contains("html");
    }
}
