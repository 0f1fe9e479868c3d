package dev.marsad.cli;

import dev.marsad.ingest.DataFolder;
import dev.marsad.ingest.IngestSettings;
import dev.marsad.ingest.Rebuild;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad rebuild}: the data folder's index made anew from its WARC captures. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = "Rebuild the data folder's index from its WARC files (warc/), replaying the crawl: same order,"
                + " same sources, what it rejected stays rejected. The new index replaces the old one only once it is"
                + " complete, and only when it holds every article of the old one that the rebuild did not reject anew"
                + " and no capture failed (--force replaces it anyway). Stop 'marsad run' or 'crawl' on the folder"
                + " first.")
final class RebuildCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(
            names = "--force",
            description = "Replace the index even when the rebuilt one lacks articles of the old one (an unreadable"
                    + " WARC record, a page that is not in warc/) or a capture failed to be stored.")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DataFolder folder = data.directory();
        var stored = new AtomicInteger();
        var rejected = new AtomicInteger();
        Rebuild.Replacement replacement = force ? Rebuild.Replacement.ALWAYS : Rebuild.Replacement.WHEN_NOTHING_LOST;
        Rebuild.Report report;
        try {
            report = Rebuild.rebuild(folder, IngestSettings.defaults(), replacement, verdict -> {
                switch (verdict) {
                    case dev.marsad.ingest.Verdict.Stored s -> stored.incrementAndGet();
                    case dev.marsad.ingest.Verdict.Rejected r -> rejected.incrementAndGet();
                    case dev.marsad.ingest.Verdict.Failed f -> out.println("failed   " + f.url() + "  " + f.detail());
                }
            });
        } catch (Rebuild.Refused e) {
            throw new IllegalStateException(e.getMessage() + "; 'marsad rebuild --force' replaces it anyway", e);
        }
        report.problems().forEach(p -> out.println("bad record " + p));
        out.printf(
                Locale.ROOT,
                "rebuilt %s from %d captures: %d articles stored, %d rejected; %d pages the crawl had rejected left"
                        + " out, %d other responses skipped, %d bad records%n",
                folder.index(),
                report.submitted(),
                stored.get(),
                rejected.get(),
                report.rejectedByCrawl(),
                report.skipped(),
                report.problems().size());
        return 0;
    }
}
