package dev.marsad.arabic.number;

import dev.marsad.arabic.number.NumberWords.Entry;
import dev.marsad.arabic.number.NumberWords.Match;
import dev.marsad.arabic.number.NumberWords.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One left-to-right reading of a cardinal number (see {@link NumberWords} for the grammar). Keeps
 * the classic two registers: {@code total} for completed scale groups and {@code group} for the
 * part below the current scale.
 */
final class CardinalReader {

    /** The conjunction و written as a word of its own (before digits: "و 200" or "و200"). */
    private static final String WAW_WORD = String.valueOf(NumberWords.WAW);

    private final List<Token> tokens;
    private final int startIndex;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal group = BigDecimal.ZERO;
    private BigDecimal lastScale = BigDecimal.ONE;
    private Role lastRole;
    private boolean vague;
    private int next;

    CardinalReader(List<Token> tokens, int startIndex) {
        this.tokens = tokens;
        this.startIndex = startIndex;
        this.next = startIndex;
    }

    Optional<Match> read() {
        if (!readFirst()) return Optional.empty();
        while (next < tokens.size() && readPart()) {
            // each readPart call consumed one part
        }
        BigDecimal value = total.add(group).stripTrailingZeros();
        return Optional.of(new Match(value.scale() < 0 ? value.setScale(0) : value, next - startIndex, vague));
    }

    /** 1. The first part: digits, or a number word that may stand first. */
    private boolean readFirst() {
        Token t = tokens.get(next);
        if (t.isNumber()) {
            Optional<DigitNumber.Read> digits = DigitNumber.readAt(tokens, next);
            if (digits.isEmpty()) return false;
            group = digits.get().value();
            lastRole = Role.HUNDRED;
            next += digits.get().tokenCount();
            return true;
        }
        if (!t.isWord()) return false;
        Optional<Entry> entry = NumberWords.lookup(t.form(), true);
        if (entry.isEmpty() || entry.get().role() == Role.TEEN_ONE && !tenFollows(next + 1)) return false;
        next++;
        apply(entry.get(), false);
        return true;
    }

    /** 2. A following part: a scale or عشر directly, or anything after the conjunction و. */
    private boolean readPart() {
        Token t = tokens.get(next);
        if (!t.isWord()) return false;
        if (t.form().equals(WAW_WORD)
                && next + 1 < tokens.size()
                && tokens.get(next + 1).isNumber()) {
            return readDigitsAfterConjunction();
        }
        boolean joined = t.form().length() > 1 && t.form().charAt(0) == NumberWords.WAW;
        Optional<Entry> entry = NumberWords.lookup(t.form(), false);
        if (entry.isPresent() && !joined && attachesDirectly(entry.get().role())) {
            next++;
            apply(entry.get(), false);
            return true;
        }
        if (!joined) return false;
        Optional<Entry> afterWaw = NumberWords.lookup(t.form().substring(1), false);
        if (afterWaw.isEmpty() || !attachesAfterConjunction(afterWaw.get().role())) return false;
        next++;
        apply(afterWaw.get(), true);
        return true;
    }

    private boolean readDigitsAfterConjunction() {
        Optional<DigitNumber.Read> digits = DigitNumber.readAt(tokens, next + 1);
        if (digits.isEmpty() || !isScale(lastRole)) return false;
        group = group.add(digits.get().value());
        lastRole = Role.HUNDRED;
        next += 1 + digits.get().tokenCount();
        return true;
    }

    private boolean attachesDirectly(Role role) {
        return switch (role) {
            case SCALE, PLURAL_SCALE ->
                !isScale(lastRole) && lastRole != Role.FRACTION || lastRole == Role.FRACTION && total.signum() == 0;
            case TEN -> lastRole == Role.UNIT || lastRole == Role.TEEN_ONE;
            case HUNDRED -> lastRole == Role.UNIT && group.compareTo(BigDecimal.TEN) < 0 && isPlainHundred();
            case UNIT, TEEN_ONE, TENS, DUAL, FRACTION, VAGUE -> false;
        };
    }

    private boolean attachesAfterConjunction(Role role) {
        return switch (role) {
            case TENS -> lastRole == Role.UNIT;
            case UNIT, TEEN_ONE, HUNDRED -> isScale(lastRole) || lastRole == Role.HUNDRED;
            case FRACTION -> lastRole != Role.FRACTION && lastRole != Role.VAGUE;
            case TEN -> isScale(lastRole) || lastRole == Role.HUNDRED;
            case SCALE, PLURAL_SCALE, DUAL, VAGUE -> false;
        };
    }

    private static boolean isScale(Role role) {
        return role == Role.SCALE || role == Role.PLURAL_SCALE || role == Role.DUAL;
    }

    /** "ثلاث مائة" written as two words: the hundred word must be the bare مائة/مئة. */
    private boolean isPlainHundred() {
        Optional<Entry> e = NumberWords.lookup(tokens.get(next).form(), false);
        return e.isPresent() && e.get().value().equals(BigDecimal.valueOf(100));
    }

    private boolean tenFollows(int index) {
        if (index >= tokens.size() || !tokens.get(index).isWord()) return false;
        Optional<Entry> e = NumberWords.lookup(tokens.get(index).form(), false);
        return e.isPresent() && e.get().role() == Role.TEN;
    }

    /** 3. Adds one part to the registers. */
    private void apply(Entry entry, boolean afterConjunction) {
        BigDecimal v = entry.value();
        switch (entry.role()) {
            case UNIT, TEEN_ONE, TENS -> group = group.add(v);
            case TEN -> group = group.add(v);
            case HUNDRED -> group = lastRole == Role.UNIT && !afterConjunction ? group.multiply(v) : group.add(v);
            case PLURAL_SCALE -> {
                if (lastRole == null) {
                    group = v;
                    vague = true;
                } else {
                    total = total.add((group.signum() == 0 ? BigDecimal.ONE : group).multiply(v));
                    group = BigDecimal.ZERO;
                }
                lastScale = v;
            }
            case SCALE -> {
                total = total.add((group.signum() == 0 ? BigDecimal.ONE : group).multiply(v));
                group = BigDecimal.ZERO;
                lastScale = v;
            }
            case DUAL -> {
                total = total.add(v.multiply(BigDecimal.valueOf(2)));
                lastScale = v;
            }
            case FRACTION -> {
                if (afterConjunction) total = total.add(v.multiply(isScale(lastRole) ? lastScale : BigDecimal.ONE));
                else group = v;
            }
            case VAGUE -> {
                group = v;
                vague = true;
            }
        }
        lastRole = entry.role();
    }
}
