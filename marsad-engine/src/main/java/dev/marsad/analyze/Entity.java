package dev.marsad.analyze;

import java.util.List;
import java.util.Objects;

/**
 * A named entity with its canonical id: ناغورنو كاراباخ, ناجورنو كاراباخ and قره باخ are one.
 *
 * <p>The id is a stable function of the name: a gazetteer entity's own id ("loc:nagorno-karabakh"),
 * else the type and the slug of the canonical name ({@code per:} + normalised words without the
 * article, joined by '-'), so the same name gets the same id in every article and in a tag key.
 *
 * @param id the canonical id, stable across articles ("loc:nagorno-karabakh")
 * @param name the canonical display name, without titles or roles ("برويز مشرف")
 * @param type person, place or organisation
 * @param variants the spellings found in this article (and known aliases)
 * @param mentions how many times the article mentions it
 * @param roles the titles and roles the article gives a person ("الرئيس الباكستاني"), in order of
 *     first use; attributes of the person, never part of the name; empty for other types
 */
public record Entity(String id, String name, Type type, List<String> variants, int mentions, List<String> roles) {

    /** The entity types Marsad recognises, named as in CoNLL/ANERcorp. */
    public enum Type {
        PER,
        LOC,
        ORG
    }

    /** An entity without roles. */
    public Entity(String id, String name, Type type, List<String> variants, int mentions) {
        this(id, name, type, variants, mentions, List.of());
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        roles = roles == null ? List.of() : List.copyOf(roles); // stored before roles existed: none
        if (mentions < 0) throw new IllegalArgumentException("entity " + id + ": negative mentions");
    }
}
