package dev.marsad.index;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * The keys of an article stored with these link features; a value too long to be indexed
     * ({@link IndexFields#fitsAsKeyword}) is not a key.
     */
    public static CandidateKeys of(IndexedArticle article, LinkFeatures features) {
        var keys = new EnumMap<CandidateQuery.Field, Set<String>>(CandidateQuery.Field.class);
        keys.put(CandidateQuery.Field.BAND, indexable(article.fingerprint()));
        keys.put(CandidateQuery.Field.TERM, indexable(features.terms()));
        keys.put(
                CandidateQuery.Field.ENTITY,
                indexable(article.analyzed().entities().stream().map(Entity::id).toList()));
        keys.put(
                CandidateQuery.Field.TAG,
                indexable(article.analyzed().tags().stream().map(Tag::key).toList()));
        return new CandidateKeys(article.id(), article.isCanonical(), IndexFields.publishedMillis(article), keys);
    }

    private static Set<String> indexable(List<String> values) {
        var keys = new LinkedHashSet<String>();
        for (String v : values) if (IndexFields.fitsAsKeyword(v)) keys.add(v);
        return keys;
    }

    /** The keys of one kind. */
    public Set<String> keys(CandidateQuery.Field field) {
        return keys.get(field);
    }
}
