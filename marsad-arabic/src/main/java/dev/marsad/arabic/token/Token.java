package dev.marsad.arabic.token;

import java.util.Objects;

/**
 * One token of a text: its exact surface {@code text} and its UTF-16 offsets {@code [start, end)}
 * into the tokenised input, so that {@code input.substring(start, end).equals(text)}.
 */
public record Token(String text, int start, int end, TokenType type) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token '" + text + "': bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException(
                    "token '" + text + "': length " + text.length() + " differs from span " + (end - start));
        }
    }
}
