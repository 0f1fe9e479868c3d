package dev.marsad.index;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;

/**
 * Reads a stored article as lists show it: its card ({@link IndexFields#CARD}), stopping there without
 * reading the whole record stored after it; for an article stored before cards existed, the whole
 * record, of which the card is then made ({@link ListedArticle#of}). One visitor per document.
 */
final class StoredCard extends StoredFieldVisitor {

    private String card;
    private String whole;

    @Override
    public Status needsField(FieldInfo field) {
        if (card != null) return Status.STOP;
        return field.name.equals(IndexFields.CARD) || field.name.equals(IndexFields.JSON) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
        if (field.name.equals(IndexFields.CARD)) card = value;
        else whole = value;
    }

    /**
     * The card read.
     *
     * @throws IllegalStateException when the document held neither a card nor a record, or a corrupt one
     */
    ListedArticle read(ArticleJson json, int doc) {
        if (card != null) return json.read(card, ListedArticle.class);
        if (whole != null) return ListedArticle.of(json.read(whole, IndexedArticle.class));
        throw new IllegalStateException("stored document " + doc + " holds no article");
    }
}
