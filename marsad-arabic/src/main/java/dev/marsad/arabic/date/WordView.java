package dev.marsad.arabic.date;

import dev.marsad.arabic.number.Token;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The tokens of one text with their {@link DateLexicon} look-ups remembered: the readers ask each
 * token for many categories, and a token that starts no table entry is answered at once.
 */
final class WordView extends AbstractList<Token> implements RandomAccess {

    private static final DateLexicon.Category[] CATEGORIES = DateLexicon.Category.values();

    private final List<Token> tokens;
    /** Per token: null until asked; {@link #NOTHING} when no entry can start there. */
    private final Object[][] hits;

    private static final Object[] NOTHING = new Object[0];
    private static final Object ABSENT = new Object();

    WordView(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.hits = new Object[tokens.size()][];
    }

    @Override
    public Token get(int index) {
        return tokens.get(index);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    /** The same answer as {@link DateLexicon#at}, computed once per token and category. */
    @SuppressWarnings("unchecked")
    Optional<DateLexicon.Hit> at(int index, DateLexicon.Category category) {
        Object[] row = hits[index];
        if (row == null) {
            row = DateLexicon.mayHaveEntry(tokens.get(index)) ? new Object[CATEGORIES.length] : NOTHING;
            hits[index] = row;
        }
        if (row == NOTHING) return Optional.empty();
        Object hit = row[category.ordinal()];
        if (hit == null) {
            Optional<DateLexicon.Hit> found = DateLexicon.lookUp(this, index, category);
            row[category.ordinal()] = found.isPresent() ? found : ABSENT;
            return found;
        }
        return hit == ABSENT ? Optional.empty() : (Optional<DateLexicon.Hit>) hit;
    }
}
