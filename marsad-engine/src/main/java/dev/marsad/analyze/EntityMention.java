package dev.marsad.analyze;

import java.util.Objects;

/**
 * One mention of a named entity in a text, as {@link ArticleAnalyzer#mentions} finds it.
 *
 * @param id the entity's canonical id ("loc:baku"; for names found by pattern, type and key)
 * @param type person, place or organisation
 * @param name the canonical display name
 * @param start offset of the mention in the text (after a leading clitic such as و or ب)
 * @param end offset after the mention
 */
public record EntityMention(String id, Entity.Type type, String name, int start, int end) {
    public EntityMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (start < 0 || end < start)
            throw new IllegalArgumentException("mention " + id + ": bad span " + start + ".." + end);
    }
}
