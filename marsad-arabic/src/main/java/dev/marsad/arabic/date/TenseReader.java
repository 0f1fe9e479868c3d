package dev.marsad.arabic.date;

import dev.marsad.arabic.date.DateLexicon.Category;
import dev.marsad.arabic.number.Token;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tense of the clause a date expression sits in, from the nearest word before it that
 * tells one (then, if none does, the nearest after it), within the sentence:
 *
 * <ol>
 *   <li>a listed marker or verb ({@code TENSE} rows of calendar-words.tsv): سوف، لن، رح، غادي، من
 *       المقرر → non-past; كان، لم، قد، تم، قال، أعلن → past; the word may carry و or ف;
 *   <li>a listed word with a subject or object suffix: قالت، أعلنوا، التقينا، شفته; أرجأت (postponed: the
 *       new date is ahead);
 *   <li>a future prefix on a present verb: س (MSA سيزور), ه or ح (Egyptian هيسافر، حنروح) → non-past;
 *   <li>a present-tense prefix (after a past particle such as لم or كان, past): ي (يعقد), ت on a word that is no noun pattern (تنطلق but not
 *       تنظيم، تطورات), ب + ي/ت/ن (Levantine and Gulf بيفتح), ك + ي/ت/ن (Moroccan كيدير) → non-past;
 *   <li>a past-tense shape: a suffix وا or ت (اجتمعوا، وصلت), or a perfect of the derived forms
 *       افتعل، انفعل، استفعل (اجتمع، انطلق، استقبل) → past.
 * </ol>
 *
 * Words listed as {@code NOT_VERB} (يوم، تقرير، سيارة) never count. Reading stops at a sentence
 * end (. ! ? ؟ ؛).
 */
final class TenseReader {

    /** Words searched before the expression, then after it. */
    static final int REACH_BEFORE = 8;

    static final int REACH_AFTER = 4;

    private static final char ALEF = '\u0627';
    private static final char BEH = '\u0628';
    private static final char KAF = '\u0643';
    private static final char TEH = '\u062A';
    private static final char HAH = '\u062D';
    private static final char SEEN = '\u0633';
    private static final char LAM = '\u0644';
    private static final char NOON = '\u0646';
    private static final char HEH = '\u0647';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char FEH = '\u0641';
    /** Ends of a sentence: the clause before them says nothing of the tense after them. */
    private static final String SENTENCE_ENDS = ".!?\u061F\u061B\n";
    /** Subject and object suffixes after a listed past verb, longest first. */
    private static final List<String> PAST_SUFFIXES = List.of(
            "\u062A\u0647\u0627",
            "\u062A\u0647\u0645",
            "\u0646\u0627\u0647",
            "\u0648\u0627",
            "\u0646\u0627",
            "\u062A\u0645",
            "\u062A\u0647",
            "\u0647\u0627",
            "\u0647\u0645",
            "\u062A",
            "\u0647",
            "\u0648");
    /** The article ال. */
    private static final String ARTICLE = "\u0627\u0644";
    /** The suffixes هم (them, their) and ها (her). */
    private static final String PRONOUN_THEM = "\u0647\u0645";

    private static final String PRONOUN_HER = "\u0647\u0627";
    /** The plural ending ات of nouns (تطورات، مفاوضات). */
    private static final String PLURAL = "\u0627\u062A";
    /** The ending of استفعل. */
    private static final String ISTAF = "\u0627\u0633\u062A";

    private final List<Token> tokens;

    TenseReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tense around the expression spanning tokens {@code [first, end)}. */
    Tense around(int first, int end) {
        int words = 0;
        for (int k = first - 1; k >= 0 && words < REACH_BEFORE; k--) {
            if (isSentenceEnd(k)) break;
            if (!tokens.get(k).isWord()) continue;
            words++;
            Tense t = tenseOf(k);
            if (t != Tense.UNKNOWN) return t;
        }
        words = 0;
        for (int k = end; k < tokens.size() && words < REACH_AFTER; k++) {
            if (isSentenceEnd(k)) break;
            if (!tokens.get(k).isWord()) continue;
            words++;
            Tense t = tenseOf(k);
            if (t != Tense.UNKNOWN) return t;
        }
        return Tense.UNKNOWN;
    }

    private boolean isSentenceEnd(int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.SYMBOL && SENTENCE_ENDS.indexOf(t.form().charAt(0)) >= 0;
    }

    /** The tense one word tells, by the steps of the class comment. */
    Tense tenseOf(int k) {
        Optional<DateLexicon.Hit> listed = DateLexicon.at(tokens, k, Category.TENSE);
        if (listed.isPresent()) return Tense.valueOf(listed.get().value()); // 1
        if (DateLexicon.at(tokens, k, Category.NOT_VERB).isPresent() || DateLexicon.mayStartEntry(tokens.get(k)))
            return Tense.UNKNOWN;
        String form = tokens.get(k).form();
        Tense t = shapeOf(form, k);
        String bare = withoutConjunction(form);
        // و and ف may be the conjunction (وأعلن) or a root letter (وصلت، وقعت, فتحت): try both.
        return t == Tense.UNKNOWN && !bare.equals(form) ? shapeOf(bare, k) : t;
    }

    private Tense shapeOf(String w, int k) {
        if (w.length() < 3) return Tense.UNKNOWN;
        Optional<Tense> listed = listedWithSuffix(w);
        if (listed.isPresent()) return listed.get(); // 2
        if (hasArticle(w)) return Tense.UNKNOWN;
        if (hasFuturePrefix(w)) return Tense.NON_PAST; // 3
        if (isPresent(w)) return afterPastParticle(k) ? Tense.PAST : Tense.NON_PAST; // 4
        return hasPastShape(w) ? Tense.PAST : Tense.UNKNOWN; // 5
    }

    /** لم يحدث، كان يعقد، ما كانش: a present verb after a past particle speaks of the past. */
    private boolean afterPastParticle(int k) {
        return k > 0
                && tokens.get(k - 1).isWord()
                && DateLexicon.at(tokens, k - 1, Category.TENSE)
                        .filter(h -> h.value().equals("PAST"))
                        .isPresent()
                && !tokens.get(k - 1).form().equals(MAY);
    }

    /** قد before a present verb is "may": the verb keeps its tense. */
    private static final String MAY = "\u0642\u062F";

    /** The article, alone or after a preposition (التوقيت، بالتوقيت، للمرة): a noun. */
    private static boolean hasArticle(String w) {
        return w.startsWith(ARTICLE)
                || w.length() > 3 && DateLexicon.PROCLITICS.indexOf(w.charAt(0)) >= 0 && w.startsWith(ARTICLE, 1);
    }

    private static String withoutConjunction(String form) {
        return form.length() > 3 && (form.charAt(0) == WAW || form.charAt(0) == FEH) ? form.substring(1) : form;
    }

    private static Optional<Tense> listedWithSuffix(String w) {
        for (String suffix : PAST_SUFFIXES) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                for (Tense t : List.of(Tense.PAST, Tense.NON_PAST))
                    if (DateLexicon.isWord(stem, Category.TENSE, t.name())) return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** سيزور، ستبدأ، سنلتقي; هيسافر، هتبدأ، حنروح: a future prefix, then a present prefix and a stem. */
    private static boolean hasFuturePrefix(String w) {
        char first = w.charAt(0), second = w.charAt(1);
        boolean future = first == SEEN || first == HEH || first == HAH;
        boolean present = second == YEH || second == TEH || second == NOON;
        // Egyptian ه/ح: a possessive ending makes it a noun (حتفهم، حنينها), not a future verb.
        boolean possessive = first != SEEN && (w.endsWith(PRONOUN_THEM) || w.endsWith(PRONOUN_HER));
        return future && present && w.length() >= 4 && !looksLikeNoun(w) && !possessive;
    }

    /** يعقد، تنطلق، بيفتح: a present-tense prefix on a word that has no noun pattern. */
    private static boolean isPresent(String w) {
        if (w.charAt(0) == YEH) return w.length() >= 3 && !looksLikeNoun(w);
        // تأسست، تقدمت: a final ت makes ت + stem a past verb of the forms تفعّل and تفاعل.
        if (w.charAt(0) == TEH)
            return w.length() >= 4 && !looksLikeNoun(w) && !isVerbalNoun(w) && w.charAt(w.length() - 1) != TEH;
        // Moroccan ك + present (كيدير، كتقول) and Levantine/Gulf ب + present (بيفتح، بتصير).
        if ((w.charAt(0) == BEH || w.charAt(0) == KAF) && w.length() >= 5) {
            char second = w.charAt(1);
            return (second == YEH || second == TEH || second == NOON)
                    && !looksLikeNoun(w)
                    && !isVerbalNoun(w.substring(1));
        }
        return false;
    }

    /** Endings of nouns and adjectives, never of a verb: ة (folded ه), ات, ية. */
    private static boolean looksLikeNoun(String w) {
        return w.endsWith(String.valueOf(HEH)) || w.endsWith(PLURAL) || w.endsWith("\u064A\u0627");
    }

    /** تفعيل (تنظيم، تصريح) and تفاعل (تعاون، تحالف): nouns or past verbs that start with ت. */
    private static boolean isVerbalNoun(String w) {
        if (w.length() == 5 && w.charAt(3) == YEH) return true;
        return w.length() >= 5 && w.charAt(2) == ALEF;
    }

    /** اجتمعوا، وصلت، اجتمع، انطلق، استقبل: a past suffix, or a perfect of a derived form. */
    private static boolean hasPastShape(String w) {
        char first = w.charAt(0);
        boolean prefixed = first == YEH || first == TEH || first == NOON;
        if (w.length() >= 4 && w.endsWith("\u0648\u0627") && !prefixed) return true;
        if (w.length() >= 4 && w.charAt(w.length() - 1) == TEH && !w.endsWith(PLURAL) && (!prefixed || first == TEH))
            return true;
        if (first != ALEF || w.charAt(1) == LAM && w.length() > 4) return false;
        boolean noLongA = w.indexOf(ALEF, 1) < 0;
        return noLongA && (w.length() == 5 || w.length() == 6 && w.startsWith(ISTAF));
    }
}
