package dev.marsad.cli;

import dev.marsad.index.IndexLocation;
import dev.marsad.index.SolrCollections;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad solr collections}: creates Marsad's configset and collections on a SolrCloud cluster,
 * or checks that they are there, with the backend's own setup code ({@link SolrCollections}).
 */
@Command(
        name = "collections",
        mixinStandardHelpOptions = true,
        description = "Create (--create) or check (--check, the default) Marsad's configset and collections on the"
                + " SolrCloud cluster that --index names. Creating keeps what exists.")
final class SolrCollectionsCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            required = true,
            paramLabel = "INDEX",
            description = "The cluster: solr:<url>[,<url>…], any of its nodes (http://host:8983/solr).")
    String index;

    @ArgGroup(exclusive = true)
    Action action;

    /** What to do: one of the two. */
    static final class Action {
        @Option(names = "--create", description = "Create the configset and the collections that are missing.")
        boolean create;

        @Option(names = "--check", description = "Only check (the default); exits 1 when something is missing.")
        boolean check;
    }

    @Option(names = "--shards", description = "With --create: shards per collection (default: 2).")
    Integer shards;

    @Option(
            names = "--replicas",
            description = "With --create: replicas of each shard (default: 2, or 1 on a one-node cluster).")
    Integer replicas;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IndexLocation location = IndexLocation.parse(index);
        if (!location.scheme().equals("solr"))
            throw new IllegalArgumentException(
                    "--index must name a SolrCloud cluster (solr:<url>,…), got '" + index + "'");
        boolean create = action != null && action.create;
        if (!create && (shards != null || replicas != null))
            throw new IllegalArgumentException("--shards and --replicas go with --create");
        PrintWriter out = spec.commandLine().getOut();
        if (create) {
            SolrCollections.Outcome made = shards == null && replicas == null
                    ? SolrCollections.ensure(location.address())
                    : SolrCollections.ensure(
                            location.address(),
                            new SolrCollections.Layout(shards == null ? 2 : shards, replicas == null ? 2 : replicas));
            out.println(
                    "configset " + SolrCollections.CONFIGSET + (made.configsetUploaded() ? " uploaded" : " present"));
            for (String c : made.created()) out.println("collection " + c + " created");
            for (String c : made.existing()) out.println("collection " + c + " present (kept as it is)");
            return 0;
        }
        SolrCollections.Check check = SolrCollections.check(location.address());
        out.println(check.describe());
        return check.isComplete() ? 0 : 1;
    }
}
