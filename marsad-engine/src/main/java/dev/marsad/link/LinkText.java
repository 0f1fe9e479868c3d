package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.arabic.stem.StopWords;
import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that linking compares, read from the texts analysis made ({@link AnalyzedText}), not
 * split again: runs of letters and digits of the tokens' SEARCH forms, so that spelling variants
 * of the same word (hamza on alef, teh marbuta, alef maksura, diacritics) are one word.
 */
final class LinkText {

    private LinkText() {}

    /** Whether a normalised word is a function word (marsad-arabic's stop list). */
    static boolean isStopWord(String normalizedWord) {
        return StopWords.isStopWord(normalizedWord);
    }

    /** The normalised words of a text, in order; it is analysed first. */
    static List<String> words(String text) {
        return words(AnalyzedText.of(text));
    }

    /** The normalised words of an analysed text, in order. */
    static List<String> words(AnalyzedText text) {
        return words(List.of(text));
    }

    /**
     * The normalised words of analysed texts read one after the other: the runs of letters and
     * digits of their token forms, where tokens written without a gap make one run (2015م, و800
     * and 24تأمل are one word each, as written) and inner punctuation cuts one (20/9/2023 gives 20,
     * 9 and 2023; #كاراباخ gives كاراباخ).
     */
    static List<String> words(List<AnalyzedText> texts) {
        var words = new ArrayList<String>();
        var run = new StringBuilder();
        for (AnalyzedText text : texts) {
            for (int i = 0; i < text.size(); i++) {
                boolean gluedBefore = i > 0 && text.start(i) == text.end(i - 1);
                boolean gluedAfter = i + 1 < text.size() && text.start(i + 1) == text.end(i);
                if (!gluedBefore) flush(run, words);
                String form = text.form(i);
                if (!gluedBefore && !gluedAfter && isWord(form)) { // most tokens: the form is the word
                    words.add(form);
                    continue;
                }
                for (int k = 0; k < form.length(); k++) {
                    char c = form.charAt(k);
                    if (isWordChar(c)) run.append(c);
                    else flush(run, words);
                }
            }
            flush(run, words);
        }
        return words;
    }

    private static void flush(StringBuilder run, List<String> words) {
        if (run.isEmpty()) return;
        words.add(run.toString());
        run.setLength(0);
    }

    private static boolean isWord(String form) {
        if (form.isEmpty()) return false;
        for (int k = 0; k < form.length(); k++) if (!isWordChar(form.charAt(k))) return false;
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The words of an article's headline. */
    static List<String> titleWords(AnalyzedArticle article) {
        return words(article.texts().title());
    }

    /** Whether an article's body is blank, so that its headline stands for it. */
    static boolean hasBlankBody(AnalyzedArticle article) {
        return article.article().paragraphs().stream().allMatch(String::isBlank);
    }

    /** The words of an article's body paragraphs. */
    static List<String> bodyWords(AnalyzedArticle article) {
        return words(article.texts().paragraphs());
    }
}
