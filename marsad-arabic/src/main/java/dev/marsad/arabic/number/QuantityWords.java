package dev.marsad.arabic.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The words around a quantity ({@code quantity-words.tsv}): approximators, per cent, non-units. */
final class QuantityWords {

    enum Role {
        APPROX_BEFORE,
        APPROX_AFTER,
        PERCENT,
        NOT_A_UNIT
    }

    /** Longest phrase in the table, in tokens. */
    static final int MAX_PHRASE_TOKENS = 4;

    private static final Map<String, Role> PHRASES = load();

    private QuantityWords() {}

    /** The role of the phrase of {@code count} word tokens starting at {@code from}, if it is one. */
    static Optional<Role> phrase(List<Token> tokens, int from, int count) {
        if (from < 0 || from + count > tokens.size()) return Optional.empty();
        StringBuilder key = new StringBuilder();
        for (int k = from; k < from + count; k++) {
            if (!tokens.get(k).isWord()) return Optional.empty();
            if (k > from) key.append(' ');
            key.append(tokens.get(k).form());
        }
        Role role = PHRASES.get(key.toString());
        if (role == null && key.length() > 2 && NumberWords.PROCLITICS.indexOf(key.charAt(0)) >= 0)
            role = PHRASES.get(key.substring(1));
        return Optional.ofNullable(role);
    }

    private static Map<String, Role> load() {
        Map<String, Role> map = new HashMap<>();
        for (String[] row : TsvResource.read("quantity-words.tsv", 2)) map.put(row[0], Role.valueOf(row[1]));
        return Map.copyOf(map);
    }
}
