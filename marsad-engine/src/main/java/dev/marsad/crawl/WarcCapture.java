package dev.marsad.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every HTTP exchange to gzip-compressed WARC files under one directory, a request record and
 * a response record per exchange, and starts a new file once the current one passes the size limit.
 *
 * <p>The stored payload is the decoded body, so it is byte for byte what the extractor reads. As
 * Common Crawl does, the original Content-Encoding, Content-Length and Transfer-Encoding headers are
 * kept under {@code X-Crawler-} names and Content-Length is set to the stored length. Safe for use by
 * several threads.
 */
final class WarcCapture implements AutoCloseable {

    /** Response headers that describe the wire form, not the stored payload: renamed, not dropped. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "content-length", "transfer-encoding");

    private static final String RENAMED_PREFIX = "X-Crawler-";
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path directory;
    private final long maxFileBytes;
    private final String software;
    private WarcWriter writer;
    private FileChannel channel;
    private Path current;
    private int sequence;

    WarcCapture(Path directory, long maxFileBytes, String software) {
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
        this.software = software;
    }

    /**
     * Appends the request and response records of one exchange.
     *
     * @return the file and offset of the response record
     * @throws UncheckedIOException when the file cannot be written
     */
    synchronized WarcLocation write(CapturedResponse exchange, RecordLabels labels) {
        try {
            if (writer == null) open();
            WarcRequest request = new WarcRequest.Builder(exchange.url())
                    .date(exchange.fetchedAt())
                    .body(MediaType.HTTP_REQUEST, requestBytes(exchange))
                    .build();
            var response = new WarcResponse.Builder(exchange.url())
                    .date(exchange.fetchedAt())
                    .concurrentTo(request.id())
                    .body(MediaType.HTTP_RESPONSE, responseBytes(exchange));
            if (exchange.truncated()) response.truncated(WarcTruncationReason.LENGTH);
            labels.fields().forEach(response::addHeader);
            writer.write(request);
            long offset = writer.position();
            WarcResponse record = response.build();
            writer.write(record);
            var location = new WarcLocation(current.getFileName().toString(), offset, record.id());
            if (writer.position() >= maxFileBytes) closeCurrent();
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WARC record for " + exchange.url() + " to " + current, e);
        }
    }

    /**
     * Appends a metadata record saying what the pipeline decided about a stored page response
     * (WARC-Concurrent-To names the response): "stored" with the order in which the store took it, or
     * "rejected" with the stage and reason code. A rebuild reads these to replay the crawl exactly.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    synchronized void writeVerdict(URI url, WarcLocation response, PageVerdict verdict) {
        try {
            if (writer == null) open();
            writer.write(new WarcMetadata.Builder()
                    .targetURI(url)
                    .date(Instant.now())
                    .concurrentTo(response.recordId())
                    .fields(VerdictFields.of(verdict))
                    .build());
            if (writer.position() >= maxFileBytes) closeCurrent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WARC verdict record for " + url + " to " + current, e);
        }
    }

    /**
     * Forces the current file's records to the storage device, so that a capture the index holds is
     * never lost with the machine.
     */
    synchronized void sync() {
        if (channel == null || !channel.isOpen()) return;
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync WARC file " + current, e);
        }
    }

    private void open() throws IOException {
        Files.createDirectories(directory);
        Path file;
        do {
            sequence++;
            String name = "marsad-" + FILE_STAMP.format(Instant.now()) + "-"
                    + String.format(Locale.ROOT, "%05d", sequence) + ".warc.gz";
            file = directory.resolve(name);
        } while (Files.exists(file));
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        current = file;
        writer.write(new Warcinfo.Builder()
                .filename(file.getFileName().toString())
                .fields(Map.of("software", List.of(software), "format", List.of("WARC File Format 1.1")))
                .build());
    }

    private static byte[] requestBytes(CapturedResponse exchange) {
        URI url = exchange.url();
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        var text = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        text.append("Host: ").append(url.getRawAuthority()).append("\r\n");
        exchange.requestHeaders().forEach((name, values) -> values.forEach(v -> appendHeader(text, name, v)));
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] responseBytes(CapturedResponse exchange) throws IOException {
        var text = new StringBuilder("HTTP/1.1 ").append(exchange.status()).append(" \r\n");
        exchange.headers().forEach((name, values) -> {
            if (name.startsWith(":")) return;
            boolean wire = WIRE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            values.forEach(v -> appendHeader(text, wire ? RENAMED_PREFIX + name : name, v));
        });
        appendHeader(text, "Content-Length", Integer.toString(exchange.body().length));
        text.append("\r\n");
        var bytes = new ByteArrayOutputStream(text.length() + exchange.body().length);
        bytes.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.write(exchange.body());
        return bytes.toByteArray();
    }

    private static void appendHeader(StringBuilder text, String name, String value) {
        text.append(name)
                .append(": ")
                .append(value.replace('\r', ' ').replace('\n', ' '))
                .append("\r\n");
    }

    private void closeCurrent() throws IOException {
        if (writer != null) {
            channel.force(false);
            writer.close();
        }
        writer = null;
        channel = null;
    }

    @Override
    public synchronized void close() {
        try {
            closeCurrent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close WARC file " + current, e);
        }
    }
}
