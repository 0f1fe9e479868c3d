package dev.marsad.index;

/**
 * A search the index refuses for what it asks: more terms than are searched. The message names
 * the parameter ('q') and the limit; the web layer answers 400 with it.
 */
public final class QueryRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    QueryRejected(String message) {
        super(message);
    }
}
