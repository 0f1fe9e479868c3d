package dev.marsad.arabic.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into words, numbers, Latin words, hashtags, handles, URLs and e-mail addresses, each
 * kept whole and carrying its offsets into the input. Punctuation and spaces separate tokens and
 * are not tokens. Clitics are not split here: see {@link CliticSplitter}.
 *
 * <p>Example: {@code "زار @gadaennab كاراباخ في 20/9/2023 #سلام"} → زار (ARABIC), @gadaennab
 * (HANDLE), كاراباخ (ARABIC), في (ARABIC), 20/9/2023 (NUMBER), #سلام (HASHTAG).
 */
public final class ArabicTokenizer {

    private ArabicTokenizer() {}

    /**
     * The tokens of {@code text} in order; empty for text without any.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static List<Token> tokenize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        char[] chars = s.toCharArray();
        var scanner = new TokenScanner(chars, chars.length);
        var tokens = new ArrayList<Token>();
        while (scanner.next()) {
            tokens.add(new Token(
                    s.substring(scanner.start(), scanner.end()), scanner.start(), scanner.end(), scanner.type()));
        }
        return tokens;
    }
}
