package dev.marsad.arabic;

import static dev.marsad.arabic.ArabicLetters.*;

/**
 * One normalisation step. Each rule is a char mapping; {@link ArabicNormalizer} compiles a set of
 * them into one table so that all chosen rules run in a single pass. Rules are listed in the order
 * their effects compose: a later rule sees the output of an earlier one (ۃ → ة by {@link
 * #PERSIAN_LETTERS}, then ة → ه by {@link #TEH_MARBUTA}).
 */
public enum NormalizationRule {
    /** Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their NFKC letters: ﻻ → لا, ﷲ → الله. */
    PRESENTATION_FORMS {
        @Override
        void addTo(CharTable table) {
            table.expandNfkc('\uFB50', '\uFDFF');
            table.expandNfkc('\uFE70', '\uFEFE');
        }
    },
    /** Zero-width and bidi controls are removed: ZWNJ, ZWJ, LRM, RLM, ALM, BOM, embeddings, isolates. */
    INVISIBLE_CHARACTERS {
        @Override
        void addTo(CharTable table) {
            table.delete('\u00AD'); // soft hyphen
            table.delete('\u061C'); // Arabic letter mark
            table.deleteRange('\u200B', '\u200F'); // ZWSP, ZWNJ, ZWJ, LRM, RLM
            table.deleteRange('\u202A', '\u202E'); // embeddings and overrides
            table.delete('\u2060'); // word joiner
            table.deleteRange('\u2066', '\u2069'); // isolates
            table.delete('\uFEFF'); // byte order mark / zero-width no-break space
        }
    },
    /** Tatweel (kashida), the stretching stroke: كـــتاب → كتاب. */
    TATWEEL {
        @Override
        void addTo(CharTable table) {
            table.delete(ArabicLetters.TATWEEL);
        }
    },
    /** Harakat, tanween, shadda, sukun, superscript alef, hamza marks and Quranic annotation marks. */
    DIACRITICS {
        @Override
        void addTo(CharTable table) {
            table.deleteRange('\u0610', '\u061A'); // honorifics and small high signs
            table.deleteRange('\u064B', '\u065F'); // fathatan … wavy hamza below
            table.delete(SUPERSCRIPT_ALEF);
            table.deleteRange('\u06D6', '\u06ED'); // Quranic pause and annotation marks
            table.deleteRange('\u08D3', '\u08E1'); // extended Quranic marks
            table.deleteRange('\u08E3', '\u08FF');
        }
    },
    /** Alef with hamza above/below, madda and wasla to bare alef: أ إ آ ٱ → ا. */
    ALEF_FORMS {
        @Override
        void addTo(CharTable table) {
            for (char c : new char[] {ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA}) {
                table.replace(c, ALEF);
            }
            table.replace('\u0672', ALEF); // alef with wavy hamza above
            table.replace('\u0673', ALEF); // alef with wavy hamza below
        }
    },
    /** Alef maksura to yeh (ى → ي): the two are swapped freely at word end, in Egypt above all. */
    ALEF_MAKSURA {
        @Override
        void addTo(CharTable table) {
            table.replace(ArabicLetters.ALEF_MAKSURA, YEH);
        }
    },
    /** Teh marbuta to heh (ة → ه): both are written for the same word ending. */
    TEH_MARBUTA {
        @Override
        void addTo(CharTable table) {
            table.replace(ArabicLetters.TEH_MARBUTA, HEH);
        }
    },
    /** Hamza on waw and on yeh to the bare carrier (ؤ → و, ئ → ي), as readers type them. */
    HAMZA_CARRIERS {
        @Override
        void addTo(CharTable table) {
            table.replace(WAW_HAMZA, WAW);
            table.replace(YEH_HAMZA, YEH);
            table.replace('\u0676', WAW); // high hamza waw
            table.replace('\u0678', YEH); // high hamza yeh
        }
    },
    /** Persian and Urdu letters to the Arabic letter written for them: ک → ك, ی → ي, ڤ → ف, پ → ب, گ → ك. */
    PERSIAN_LETTERS {
        @Override
        void addTo(CharTable table) {
            table.replace(KEHEH, KAF);
            table.replace(GAF, KAF);
            table.replace(NG, KAF);
            table.replace(FARSI_YEH, YEH);
            table.replace(YEH_BARREE, YEH);
            table.replace(AE, HEH);
            table.replace(HEH_DOACHASHMEE, HEH);
            table.replace(HEH_GOAL, HEH);
            table.replace(HEH_YEH_ABOVE, HEH);
            table.replace(TEH_MARBUTA_GOAL, ArabicLetters.TEH_MARBUTA);
            table.replace(VEH, FEH);
            table.replace('\u06A5', FEH); // feh with three dots below (Maghreb v)
            table.replace(PEH, BEH);
            table.replace(TCHEH, JEEM);
            table.replace(JEH, ZAIN);
            table.replace(QAF_THREE_DOTS, QAF);
        }
    },
    /** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits to ASCII digits. */
    DIGITS {
        @Override
        void addTo(CharTable table) {
            table.replaceRange('\u0660', '\u0669', '0');
            table.replaceRange('\u06F0', '\u06F9', '0');
        }
    },
    /** Arabic punctuation and number separators to ASCII: ، → , ؛ → ; ؟ → ? ٫ → . ٬ → , ٪ → %. */
    PUNCTUATION {
        @Override
        void addTo(CharTable table) {
            table.replace('\u060C', ','); // Arabic comma
            table.replace('\u061B', ';'); // Arabic semicolon
            table.replace('\u061F', '?'); // Arabic question mark
            table.replace('\u066A', '%'); // Arabic percent sign
            table.replace('\u066B', '.'); // Arabic decimal separator
            table.replace('\u066C', ','); // Arabic thousands separator
            table.replace('\u066D', '*'); // Arabic five-pointed star
            table.replace('\u06D4', '.'); // Arabic full stop (Urdu)
            table.replace('\u060D', '/'); // Arabic date separator
        }
    },
    /** Latin capitals to small letters (one char to one char only), so "NATO" and "nato" meet. */
    LATIN_CASE {
        @Override
        void addTo(CharTable table) {
            for (char c = 'A'; c <= '\u024F'; c++) {
                char lower = Character.toLowerCase(c);
                if (lower != c && Character.isLetter(c)) table.replace(c, lower);
            }
        }
    };

    abstract void addTo(CharTable table);
}
