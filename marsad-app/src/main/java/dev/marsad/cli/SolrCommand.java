package dev.marsad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marsad solr …}: SolrCloud, the index for a newsroom that outgrows one machine (docs/SOLRCLOUD.md). */
@Command(
        name = "solr",
        mixinStandardHelpOptions = true,
        description = "SolrCloud: try it on this machine (local), or create and check Marsad's collections on a"
                + " cluster (collections). See docs/SOLRCLOUD.md.",
        subcommands = {SolrLocalCommand.class, SolrCollectionsCommand.class})
final class SolrCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
