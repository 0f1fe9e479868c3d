package dev.marsad.index;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.marsad.extract.Block;
import java.util.Optional;

/**
 * The stored form of articles and stories: JSON of the records, so the index can give back
 * exactly what was put. Only record components are written; derived accessors such as {@code
 * isCanonical()} are not, nor the analysed texts an {@code AnalyzedArticle} carries ({@code
 * texts}, ignored by Jackson): they are derived from the article and analysed again on first use
 * after reading.
 */
final class ArticleJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addMixIn(Block.class, BlockTypes.class);

    /** Body blocks are a sealed interface; their JSON names the variant. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table")
    })
    private interface BlockTypes {}

    /** The start of a stored card of the current {@link ListedArticle#CARD_VERSION}: its first member. */
    private static final String CARD_HEAD = "{\"cardVersion\":" + ListedArticle.CARD_VERSION + ",";

    /** A card as the index stores it: its JSON with {@link ListedArticle#CARD_VERSION} as first member. */
    String writeCard(ListedArticle card) {
        return CARD_HEAD + write(card).substring(1);
    }

    /**
     * A stored card, when it is of the current {@link ListedArticle#CARD_VERSION} and decodes; empty
     * otherwise (a card of another version): then the card is made from the record. The cards stored
     * before versions (680d924 to 95e3404) have no version member and were made by the rules of
     * version 1: they are version 1.
     */
    Optional<ListedArticle> readCard(String stored) {
        boolean unversioned = !stored.startsWith("{\"cardVersion\":");
        if (unversioned ? ListedArticle.CARD_VERSION != 1 : !stored.startsWith(CARD_HEAD)) return Optional.empty();
        try {
            return Optional.of(mapper.readValue(stored, ListedArticle.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty(); // a card the current type cannot hold: made from the record
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a record from its JSON in UTF-8, as {@link #read(String, Class)} but without making a
     * string of it first (SolrCloud's stored records arrive as bytes: issue 13, a tenth of a search's
     * time on the client).
     */
    <T> T read(byte[] utf8, Class<T> type) {
        try {
            return mapper.readValue(utf8, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt stored " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "corrupt stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
