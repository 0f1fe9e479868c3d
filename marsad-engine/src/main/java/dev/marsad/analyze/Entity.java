package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * A named entity with its canonical id: ناغورنو كاراباخ, ناجورنو كاراباخ and قره باخ are one.
 *
 * @param id the canonical id, stable across articles ("loc:nagorno-karabakh")
 * @param name the canonical display name
 * @param type person, place or organisation
 * @param variants the spellings found in this article (and known aliases)
 * @param mentions how many times the article mentions it
 */
public record Entity(String id, String name, Type type, List<String> variants, int mentions) {

    /** The entity types Marsad recognises, named as in CoNLL/ANERcorp. */
    public enum Type {
        PER,
        LOC,
        ORG
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        if (mentions < 0) throw new IllegalArgumentException("entity " + id + ": negative mentions");
    }
}
