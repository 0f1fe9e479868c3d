package dev.marsad.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts of words drawn at random (a seed, so each run gets the same texts), for the tests that build
 * a respelling's text queries another way and compare them with the parsed ones (issue 13).
 */
final class RandomTexts {

    /**
     * Words of every kind a respelling meets: names spelt as one word and as two (قره باخ, قرهباخ,
     * كاراباخ; عبد الفتاح), short words beside long ones, stop words, proclitics (وكاراباخ, بالقدس),
     * Latin and digits, punctuation alone or glued, words of the parser's syntax, an "or".
     */
    static final List<String> WORDS = List.of(
            "قره",
            "باخ",
            "قرهباخ",
            "كاراباخ",
            "وكاراباخ",
            "بكاراباخ",
            "عبد",
            "الفتاح",
            "عبدالفتاح",
            "أبو",
            "ظبي",
            "تل",
            "أبيب",
            "نيو",
            "يورك",
            "غزة",
            "الضفة",
            "والضفة",
            "بالقدس",
            "للمساعدات",
            "قافلة",
            "مساعدات",
            "إنسانية",
            "قوات",
            "في",
            "من",
            "على",
            "و",
            "ال",
            "Google",
            "GOOGLE",
            "جوجل",
            "غوغل",
            "2023",
            "19",
            "كوفيد-19",
            "،",
            "...",
            "غزة،",
            "(غزة)",
            "\"قره",
            "باخ\"",
            "أو",
            "OR",
            "قال",
            "يوقع",
            "وتشيكية",
            "العلي",
            "ـ",
            "ما",
            "لا",
            "هل",
            "x",
            "ب",
            "e-mail",
            "إسرائيل",
            "الإسرائيلية",
            "يتحدثون");

    private RandomTexts() {}

    /**
     * {@code count} texts of 1 to {@code maxWords} words of {@code words}, most joined by a space,
     * some by two spaces or a line break.
     */
    static List<String> of(List<String> words, long seed, int count, int maxWords) {
        var random = new Random(seed);
        var texts = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            var text = new ArrayList<String>();
            int length = 1 + random.nextInt(maxWords);
            for (int w = 0; w < length; w++) text.add(words.get(random.nextInt(words.size())));
            int joint = random.nextInt(10);
            texts.add(String.join(joint == 0 ? "  " : joint == 1 ? "\n" : " ", text));
        }
        return texts;
    }
}
