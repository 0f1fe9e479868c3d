package dev.marsad.analyze;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said something in the article: "قالت وزارة الدفاع إن …" gives the speaker وزارة الدفاع.
 *
 * @param speaker the speaker as named (an entity's canonical name when the words name one; titles
 *     before a person's name are left out)
 * @param entityId the entity's id when the speaker is a recognised entity
 * @param verb the reporting verb as written (قالت، أكد، أعلنت …)
 * @param text the words from the verb to the speaker's end, as written
 */
public record Attribution(String speaker, Optional<String> entityId, String verb, String text) {
    public Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(text, "text");
        if (speaker.isBlank()) throw new IllegalArgumentException("attribution '" + text + "': blank speaker");
    }
}
