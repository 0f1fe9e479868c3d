package dev.marsad.index;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * Reads a stored article as lists show it: its card ({@link IndexFields#CARD}), stopping there without
 * reading the whole record stored after it; for an article stored before cards existed, or whose card
 * is of another {@link ListedArticle#CARD_VERSION} or does not decode, the whole record, of which the
 * card is then made ({@link ListedArticle#of}). One visitor per document.
 */
final class StoredCard extends StoredFieldVisitor {

    private final ArticleJson json;
    private ListedArticle card;
    private String whole;

    StoredCard(ArticleJson json) {
        this.json = json;
    }

    @Override
    public Status needsField(FieldInfo field) {
        if (card != null) return Status.STOP;
        return field.name.equals(IndexFields.CARD) || field.name.equals(IndexFields.JSON) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
        // a card of another version reads as none: the record, stored after it, is read then
        if (field.name.equals(IndexFields.CARD)) card = json.readCard(value).orElse(null);
        else whole = value;
    }

    /**
     * The card read.
     *
     * @throws IllegalStateException when the document held neither a current card nor a record, or a
     *     corrupt record
     */
    ListedArticle read(int doc) {
        if (card != null) return card;
        if (whole != null) return ListedArticle.of(json.read(whole, IndexedArticle.class));
        throw new IllegalStateException("stored document " + doc + " holds no article");
    }
}
