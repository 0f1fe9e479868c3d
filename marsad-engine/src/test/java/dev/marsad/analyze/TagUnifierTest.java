package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagUnifierTest {

    private final TagUnifier unifier = new TagUnifier(Fixtures.GAZETTEER, Fixtures.LEXICON);

    @ParameterizedTest(name = "{2}: {0} = {1}")
    @CsvSource({
        "أرمينيا, ارمينيا, hamza on alef",
        "أذربيجان, اذربيجان, hamza on alef",
        "القوات الأذرية, القوات الأذربيجانية, nisba adjectives of one country",
        "القوات الاذرية, القوات الأذربيجانية, nisba without hamza",
        "كاراباخ, إقليم كاراباخ, descriptor dropped",
        "كاراباخ, ناغورنو قره باخ, gazetteer alias",
        "إقليم كاراباخ, ناجورنو كاراباخ, unseen transliteration through the name key",
        "جنيف, مدينة جنيف, city descriptor",
        "مصر, جمهورية مصر العربية, official name",
        "غزة, قطاع غزة, strip descriptor",
        "الجزائر, دولة الجزائر, state descriptor",
        "القوات الروسية, قوات روسية, definiteness",
        "الاقتصاد المصري, اقتصاد مصري, nisba and article",
    })
    void givesSpellingVariantsOneKey(String a, String b, String rule) {
        assertThat(unifier.key(a)).as(rule).isEqualTo(unifier.key(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({
        "أرمينيا, أذربيجان",
        "القوات الأرمينية, القوات الأذربيجانية",
        "قوات حفظ السلام, قوات حفظ السلام الروسية",
        "وزارة الدفاع, وزارة الخارجية",
    })
    void keepsDifferentTagsApart(String a, String b) {
        assertThat(unifier.key(a)).isNotEqualTo(unifier.key(b));
    }

    @Test
    void keysGazetteerTagsToTheEntityId() {
        assertThat(unifier.key("ناغورنو قره باخ")).isEqualTo("loc:nagorno-karabakh");
        assertThat(unifier.key("الاتحاد الأوروبي")).isEqualTo("org:eu");
    }

    @Test
    void splitsAGluedRunIntoTheRealTags() {
        List<Tag> tags =
                unifier.unify(List.of(Fixtures.text("tags-glued-run.txt").strip()));
        assertThat(tags)
                .extracting(Tag::variants)
                .containsExactly(
                        List.of("الاتحاد الأوروبي"),
                        List.of("جنيف", "مدينة جنيف"),
                        List.of("مصر", "جمهورية مصر العربية"),
                        List.of("القوات المصرية", "القوات المصريه"),
                        List.of("غزة", "قطاع غزة"),
                        List.of("قوات حفظ السلام الدولية"),
                        List.of("ناجورنو كاراباخ"));
    }

    @Test
    void keepsShortTagsWhole() {
        assertThat(unifier.unify(List.of("قوات حفظ السلام", "أرمينيا", "ارمينيا")))
                .extracting(Tag::name, Tag::variants)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("قوات حفظ السلام", List.of("قوات حفظ السلام")),
                        org.assertj.core.groups.Tuple.tuple("أرمينيا", List.of("أرمينيا", "ارمينيا")));
    }

    @Test
    void splitsAtSeparators() {
        assertThat(unifier.unify(List.of("اقتصاد، سياسة | رياضة")))
                .extracting(Tag::name)
                .containsExactly("اقتصاد", "سياسة", "رياضة");
    }

    @Test
    void namesATagByItsMostCarefulSpelling() {
        assertThat(unifier.unify(List.of("اذربيجان", "أذربيجان")).getFirst().name())
                .isEqualTo("أذربيجان");
    }

    @Test
    void namesATagWithoutItsDescriptor() {
        assertThat(unifier.unify(List.of("إقليم كاراباخ", "كاراباخ")).getFirst().name())
                .isEqualTo("كاراباخ");
    }

    @Test
    void makesUrlSafeKeys() {
        for (Tag tag : unifier.unify(List.of(Fixtures.text("tags-glued-run.txt"), "كرة القدم", "G20 قمة")))
            assertThat(tag.key()).as(tag.name()).matches("[\\p{L}\\p{N}:-]+");
    }

    @Test
    void skipsBlankTags() {
        assertThat(unifier.unify(List.of("", "  ", "،"))).isEmpty();
    }

    @Test
    void makesATagThatNamesAnEntityThatEntity() {
        // issue 11: قره باخ in the tags and ناغورنو كاراباخ in the text are one thing
        Entity karabakh = new Entity(
                "loc:nagorno-karabakh", "ناغورنو كاراباخ", Entity.Type.LOC, java.util.List.of("ناغورنو كاراباخ"), 2);
        Entity person = new Entity("per:رستم-عمروف", "رستم عمروف", Entity.Type.PER, java.util.List.of("رستم عمروف"), 1);
        List<Tag> merged = unifier.merge(
                unifier.unify(List.of("قره باخ", "رستم عمروف", "مفاوضات السلام")),
                List.of(karabakh, person),
                List.of());
        assertThat(merged)
                .extracting(Tag::key)
                .containsExactly("loc:nagorno-karabakh", "per:رستم-عمروف", unifier.key("مفاوضات السلام"));
        assertThat(merged.getFirst().name()).isEqualTo("ناغورنو كاراباخ");
        assertThat(merged.getFirst().variants()).contains("قره باخ");
    }

    @Test
    void addsKeyphrasesAfterThePublishersTagsWithoutRepeats() {
        List<Tag> merged = unifier.merge(
                unifier.unify(List.of("أسعار النفط")),
                List.of(),
                List.of(
                        new Keyphrases.Keyphrase("أسعار النفط", unifier.key("أسعار النفط"), 6),
                        new Keyphrases.Keyphrase("البنك المركزي", unifier.key("البنك المركزي"), 5)));
        assertThat(merged).extracting(Tag::name).containsExactly("أسعار النفط", "البنك المركزي");
    }
}
