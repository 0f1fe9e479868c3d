package dev.marsad.analyze;

/**
 * One mention of an entity in one part of the article.
 *
 * @param id the entity's canonical id
 * @param type its type
 * @param name its canonical display name
 * @param surface the mention as written, without a leading clitic
 * @param part which text of the article it is in (title 0, then the other parts in order)
 * @param start offset of the mention in that text
 * @param end offset after the mention
 */
record Mention(String id, Entity.Type type, String name, String surface, int part, int start, int end) {}
