package dev.marsad.crawl;

import java.net.URI;
import java.util.Objects;

/**
 * Where a response record is stored: its WARC file (a name inside the data folder's {@code warc/})
 * and the byte offset at which the record starts, and the record's WARC-Record-ID.
 *
 * @param file the file name, e.g. {@code marsad-20261206020412000-00001.warc.gz}
 * @param offset the offset of the record in the file (of its gzip member, for .warc.gz)
 * @param recordId the record's WARC-Record-ID ({@code urn:uuid:…})
 */
public record WarcLocation(String file, long offset, URI recordId) {

    public WarcLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordId, "recordId");
        if (offset < 0) throw new IllegalArgumentException("WARC offset " + offset + " in " + file + " is negative");
    }
}
