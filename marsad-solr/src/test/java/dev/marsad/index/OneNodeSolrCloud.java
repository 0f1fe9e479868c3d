package dev.marsad.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class's own SolrCloud: one node in a child JVM, with Marsad's collections, started before
 * its first test and stopped after its last.
 */
abstract class OneNodeSolrCloud {

    private static LocalSolrCloud cloud;
    /** The node list of {@code --index solr:…}. */
    static String address;

    @BeforeAll
    static void startCluster() {
        cloud = LocalSolrCloud.start(1);
        address = cloud.indexSpec().substring("solr:".length());
        SolrCollections.ensure(address);
    }

    @AfterAll
    static void stopCluster() {
        if (cloud != null) cloud.close();
        cloud = null;
    }
}
