package dev.marsad.index;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article as a {@link CandidateQuery} sees it: its id, whether it is canonical, when it was
 * published (to the millisecond) and its keys of every kind. The index makes exactly these keys
 * searchable, so a query evaluated on them in memory agrees with the index.
 *
 * @param id the article id
 * @param canonical whether it is not a copy
 * @param publishedMillis its publication instant (else when it was indexed), in epoch milliseconds
 * @param keys its keys by kind, each kind present
 */
public record CandidateKeys(
        String id, boolean canonical, long publishedMillis, Map<CandidateQuery.Field, Set<String>> keys) {

    public CandidateKeys {
        Objects.requireNonNull(id, "id");
        var copy = new EnumMap<CandidateQuery.Field, Set<String>>(CandidateQuery.Field.class);
        for (CandidateQuery.Field field : CandidateQuery.Field.values())
            copy.put(field, Set.copyOf(keys.getOrDefault(field, Set.of())));
        keys = Collections.unmodifiableMap(copy);
    }

    /** The keys of an article stored with these link features. */
    public static CandidateKeys of(IndexedArticle article, LinkFeatures features) {
        var keys = new EnumMap<CandidateQuery.Field, Set<String>>(CandidateQuery.Field.class);
        keys.put(CandidateQuery.Field.BAND, new LinkedHashSet<>(article.fingerprint()));
        keys.put(CandidateQuery.Field.TERM, new LinkedHashSet<>(features.terms()));
        var entities = new LinkedHashSet<String>();
        for (Entity e : article.analyzed().entities()) entities.add(e.id());
        keys.put(CandidateQuery.Field.ENTITY, entities);
        var tags = new LinkedHashSet<String>();
        for (Tag t : article.analyzed().tags()) tags.add(t.key());
        keys.put(CandidateQuery.Field.TAG, tags);
        return new CandidateKeys(article.id(), article.isCanonical(), IndexFields.publishedMillis(article), keys);
    }

    /** The keys of one kind. */
    public Set<String> keys(CandidateQuery.Field field) {
        return keys.get(field);
    }
}
