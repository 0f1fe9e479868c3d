package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds who says what: a reporting verb ({@code speech-verbs.txt}), the speaker, then إن/أن/بأن,
 * إلى أن, عن or a colon: "قالت وزارة الدفاع إن …" gives وزارة الدفاع. A person named among the
 * speaker's words is the speaker ("قال الرئيس الفرنسي إيمانويل ماكرون إن" gives إيمانويل
 * ماكرون); an entity that opens them is named by its canonical name; otherwise the words as
 * written are. An anonymous subject ({@code anonymous-speakers.txt}: مصدر، مسؤول، شهود) or a speaker
 * longer than {@link #MAX_SPEAKER_WORDS} words is no attribution that can be trusted.
 */
final class Attributions {

    /** Most words between the verb and إن/أن that are still read as the speaker. */
    static final int MAX_SPEAKER_WORDS = 6;

    /** عن: "أعلن الاتحاد عن مساعدات" names what was announced after the speaker. */
    private static final String ABOUT = "\u0639\u0646";
    /** إلى, normalised: "أشارت الوزارة إلى أن". */
    private static final String TO = "\u0627\u0644\u064a";

    private final Lexicon lexicon;
    private final WordList anonymous;

    Attributions(Lexicon lexicon, WordList anonymous) {
        this.lexicon = lexicon;
        this.anonymous = anonymous;
    }

    /**
     * The attributions of the article's parts, in order, each speaker once.
     *
     * @param parts the article's own texts, title first
     * @param mentions the entity mentions of those parts
     */
    List<Attribution> find(List<AnalyzedText> parts, List<Mention> mentions) {
        var found = new ArrayList<Attribution>();
        for (int p = 0; p < parts.size(); p++) {
            List<Word> words = Word.of(parts.get(p));
            for (int i = 0; i + 1 < words.size(); i++) {
                if (NamePatterns.listedReading(words.get(i), lexicon.speechVerbs())
                        .isEmpty()) continue;
                int part = p;
                int verb = i;
                speakerEnd(words, i + 1)
                        .flatMap(end -> attribution(parts.get(part), words, verb, end, mentions, part))
                        .filter(a -> found.stream().noneMatch(f -> f.speaker().equals(a.speaker())))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** The index of the word after the speaker that starts at {@code first}, if إن/أن or a colon follows. */
    private Optional<Integer> speakerEnd(List<Word> words, int first) {
        if (!words.get(first).isJoinedToPrevious()) return Optional.empty();
        if (NamePatterns.listedReading(words.get(first), anonymous).isPresent()) return Optional.empty();
        for (int k = first + 1; k < words.size() && k <= first + MAX_SPEAKER_WORDS; k++) {
            Word w = words.get(k);
            if (w.gap().startsWith(":")) return Optional.of(k);
            if (!w.isJoinedToPrevious()) return Optional.empty();
            boolean to = w.norm().equals(TO)
                    && k + 1 < words.size()
                    && NamePatterns.THAT.contains(words.get(k + 1).norm());
            if (NamePatterns.THAT.contains(w.norm()) || to || w.norm().equals(ABOUT)) return Optional.of(k);
        }
        return Optional.empty();
    }

    private static Optional<Attribution> attribution(
            AnalyzedText text, List<Word> words, int verb, int end, List<Mention> mentions, int part) {
        int from = words.get(verb + 1).start();
        int to = words.get(end - 1).end();
        String written = text.text().substring(from, to);
        List<Mention> within = mentions.stream()
                .filter(m -> m.part() == part && m.start() >= from && m.end() <= to)
                .toList();
        Optional<Mention> inside = within.stream()
                .filter(m -> m.type() == Entity.Type.PER)
                .findFirst()
                .or(() -> within.stream().filter(m -> m.start() == from).findFirst());
        String speaker = inside.map(Mention::name).orElse(written);
        return Optional.of(new Attribution(
                speaker,
                inside.map(Mention::id),
                words.get(verb).surface(),
                text.text().substring(words.get(verb).start(), to)));
    }
}
