package dev.marsad.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.text.AnalyzedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityRecognizerTest {

    private static List<String> found(String text) {
        return Fixtures.ANALYZER.mentions(text).stream()
                .map(m -> m.type() + " " + text.substring(m.start(), m.end()) + " " + m.id())
                .toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "وصل الوفد إلى ناغورنو كاراباخ أمس, loc:nagorno-karabakh",
        "وصل الوفد إلى ناجورنو كاراباخ أمس, loc:nagorno-karabakh",
        "وصل الوفد إلى قره باخ أمس, loc:nagorno-karabakh",
        "وصل الوفد إلى إقليم «كاراباخ» أمس, loc:nagorno-karabakh",
        "تحدثت اذربيجان عن السلام, loc:azerbaijan",
        "قالت وكالة انترفاكس الروسية, org:interfax",
        "نقلت فرانس برس عن مسؤول, org:afp",
        "نشر موقع 24 تقريرا, org:24-ae",
        "صرح المبعوث كيث كيلوغ للصحفيين, per:keith-kellogg",
        "التقى الوزير رستم عميروف نظيره, per:rustem-umerov",
    })
    void findsGazetteerNamesInAnySpelling(String text, String id) {
        assertThat(Fixtures.ANALYZER.mentions(text))
                .extracting(EntityMention::id)
                .containsExactly(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "زار الوفد وموسكو, موسكو",
        "اجتماع بباكو, باكو",
        "زيارة للسعودية, لسعودية",
        "سافر فالرياض تنتظر, الرياض",
    })
    void leavesJoinedCliticsOutOfTheSpan(String text, String span) {
        List<EntityMention> mentions = Fixtures.ANALYZER.mentions(text);
        assertThat(mentions).hasSize(1);
        assertThat(text.substring(
                        mentions.getFirst().start(), mentions.getFirst().end()))
                .isEqualTo(span);
    }

    @Test
    void findsAPersonAfterATitleAndItsComplement() {
        assertThat(found("قال وزير الزراعة الفنلندي ماتي هولمستروم إن الحصاد جيد"))
                .contains("PER ماتي هولمستروم per:ماتي-هولمستروم");
    }

    @Test
    void findsAPersonAfterSpokesmanOnBehalfOf() {
        assertThat(found("وأوضح المتحدث باسم الهيئة يوهانس لاكسو أن الطقس بارد"))
                .containsExactly("PER يوهانس لاكسو per:يوهانس-لاكسو");
    }

    @Test
    void findsAPersonByAGivenName() {
        assertThat(found("التقى محمد العبيدي بالسفراء")).containsExactly("PER محمد العبيدي per:محمد-عبيدي");
    }

    @Test
    void findsOrganisationsByHeadNounWithTheirComplement() {
        assertThat(found("أعلنت وزارة الزراعة المصرية خطة جديدة"))
                .containsExactly("ORG وزارة الزراعة المصرية org:وزاره-زراعه-egypt");
        assertThat(found("وقالت هيئة الأرصاد الجوية إن الأمطار ستستمر"))
                .containsExactly("ORG هيئة الأرصاد الجوية org:هييه-ارصاد-جويه");
    }

    @Test
    void absorbsAConstructChainIntoAnOrganisation() {
        assertThat(found("انتشرت قوات حفظ السلام الدولية بشأن الهدنة"))
                .containsExactly("ORG قوات حفظ السلام الدولية org:قوات-حفظ-سلام-دوليه");
    }

    @Test
    void findsASpeakerBetweenAReportingVerbAndThat() {
        assertThat(found("وقال هولمستروم إن الخطة جاهزة")).containsExactly("PER هولمستروم per:هولمستروم");
        assertThat(found("وقال مسؤول إن الخطة جاهزة")).isEmpty();
        assertThat(found("وقالت الوزارة إن الخطة جاهزة")).isEmpty();
        assertThat(found("وقال هولمستروم في مؤتمر صحفي")).isEmpty();
    }

    @Test
    void endsAnOrganisationAtADefiniteNounThatIsNoAdjective() {
        assertThat(found("طالبت وزارة الكهرباء المواطنين بالترشيد"))
                .containsExactly("ORG وزارة الكهرباء org:وزاره-كهرباء");
    }

    @Test
    void endsANameAfterItsDefiniteFamilyName() {
        assertThat(found("سجل اللاعب يوسف الإدريسي هدف الفوز")).containsExactly("PER يوسف الإدريسي per:يوسف-ادريسي");
        assertThat(found("شكر رئيس النادي منح اللاعبين")).noneMatch(f -> f.contains("اللاعبين"));
    }

    @Test
    void findsAPlaceAfterAPlaceHeadWithoutTheHead() {
        assertThat(found("وصلت المساعدات إلى مدينة توركو صباحا")).containsExactly("LOC توركو loc:توركو");
        assertThat(found("اشتباكات في محافظة صلاح الدين أمس")).containsExactly("LOC صلاح الدين loc:صلاح-دين");
    }

    @Test
    void linksAFamilyNameToThePersonNamedBefore() {
        List<Mention> mentions = new EntityRecognizer(Fixtures.GAZETTEER, Fixtures.LEXICON)
                .recognize(List.of(
                        AnalyzedText.of("قال الوزير ماتي هولمستروم إن الخطة جاهزة"),
                        AnalyzedText.of("وأضاف هولمستروم أن التنفيذ يبدأ غدا")));
        assertThat(mentions).extracting(Mention::id).containsExactly("per:ماتي-هولمستروم", "per:ماتي-هولمستروم");
        assertThat(mentions.get(1).surface()).isEqualTo("هولمستروم");
    }

    @ParameterizedTest(name = "no entity in: {0}")
    @ValueSource(
            strings = {
                "كيف يمكن حل الأزمة المالية؟",
                "أعلن الرئيس الأذربيجاني يعرض شروطه",
                "اتفقت القوات مع قوات عرقية في المنطقة",
                "أظهرت البيانات تراجع المؤشر العام",
                "قال المدرب إن الفريق جاهز",
                "وصل إلى مركز المدينة نحو 30 مركز مراقبة",
                "جولة جديدة من المحادثات",
                "منح مكافأة استثنائية للفريق",
                "غمرت السيول أحياء المدينة",
                "توقفت حركة القطارات أمس",
                "ارتفعت الصادرات الخارجية",
            })
    void findsNothingInOrdinaryPhrases(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsANisbaAfterADefiniteNounAsAnAdjective() {
        assertThat(found("اجتمعوا في العاصمة السعودية الرياض")).containsExactly("LOC الرياض loc:riyadh");
    }

    @Test
    void groupsAnArticleEntitiesWithSpellingsAndAliases() {
        AnalyzedArticle analyzed =
                Fixtures.ANALYZER.analyze(Fixtures.article("article-ceasefire-talks.txt", Optional.empty(), List.of()));
        Entity karabakh = analyzed.entities().stream()
                .filter(e -> e.id().equals("loc:nagorno-karabakh"))
                .findFirst()
                .orElseThrow();
        assertThat(karabakh.variants()).contains("قره باخ", "ناجورنو كاراباخ", "ناغورنو كاراباخ");
        assertThat(karabakh.mentions()).isEqualTo(2);
        assertThat(analyzed.entities(Entity.Type.PER))
                .extracting(Entity::id)
                .containsExactly("per:ilham-aliyev", "per:nikol-pashinyan", "per:recep-erdogan", "per:emmanuel-macron");
        assertThat(analyzed.entities(Entity.Type.ORG))
                .extracting(Entity::id)
                .contains("org:eu", "org:reuters", "org:russian-peacekeepers", "org:kremlin");
        assertThat(analyzed.entities(Entity.Type.LOC))
                .extracting(Entity::id)
                .contains("loc:geneva", "loc:baku", "loc:yerevan", "loc:moscow", "loc:ankara", "loc:paris");
    }
}
