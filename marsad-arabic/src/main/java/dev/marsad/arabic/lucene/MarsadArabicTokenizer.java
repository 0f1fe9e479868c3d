package dev.marsad.arabic.lucene;

import dev.marsad.arabic.token.TokenScanner;
import dev.marsad.arabic.token.TokenType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Lucene face of {@link dev.marsad.arabic.token.ArabicTokenizer}: the same tokens with offsets
 * into the original text (so highlighting works) and the {@link TokenType} as the token type,
 * written {@code <ARABIC>}, {@code <LATIN>}, {@code <NUMBER>}, {@code <HASHTAG>}, {@code
 * <HANDLE>}, {@code <URL>}, {@code <EMAIL>}.
 *
 * <p>The whole field value is read into memory on the first token, then scanned in place.
 */
public final class MarsadArabicTokenizer extends Tokenizer {

    /** First size of the read buffer; it doubles as needed. */
    private static final int INITIAL_BUFFER = 4096;

    /** A buffer grown past this many chars (a huge field) is dropped on reset; smaller ones are reused. */
    private static final int KEPT_BUFFER = 1 << 20;

    private static final String[] TYPE_NAMES = Arrays.stream(TokenType.values())
            .map(t -> "<" + t.name().toUpperCase(Locale.ROOT) + ">")
            .toArray(String[]::new);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private char[] buffer = new char[INITIAL_BUFFER];
    private int length;
    private TokenScanner scanner;

    /** A tokenizer with the default attribute factory. */
    public MarsadArabicTokenizer() {}

    /** A tokenizer with the given attribute factory. */
    public MarsadArabicTokenizer(AttributeFactory factory) {
        super(factory);
    }

    /** The type name Lucene sees for {@code type}: {@code <ARABIC>} etc. */
    public static String typeName(TokenType type) {
        return TYPE_NAMES[type.ordinal()];
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (scanner == null) readAll();
        if (!scanner.next()) return false;
        int start = scanner.start();
        int end = scanner.end();
        termAtt.copyBuffer(buffer, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        typeAtt.setType(TYPE_NAMES[scanner.type().ordinal()]);
        return true;
    }

    private void readAll() throws IOException {
        length = 0;
        for (int read; (read = input.read(buffer, length, buffer.length - length)) != -1; ) {
            length += read;
            if (length == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        scanner = new TokenScanner(buffer, length);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offsetAtt.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        scanner = null;
        length = 0;
        if (buffer.length > KEPT_BUFFER) buffer = new char[INITIAL_BUFFER];
    }
}
