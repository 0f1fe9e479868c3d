package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import java.util.List;
import java.util.Set;

/** The body of an article as shingles, and the LSH band keys the index stores for it. */
record Fingerprint(Set<Long> shingles, List<String> bandKeys) {

    Fingerprint {
        shingles = Set.copyOf(shingles);
        bandKeys = List.copyOf(bandKeys);
    }

    static Fingerprint of(AnalyzedArticle article) {
        Set<Long> shingles = MinHash.shingles(LinkText.bodyOrTitleWords(article));
        return new Fingerprint(shingles, MinHash.bandKeys(shingles));
    }
}
