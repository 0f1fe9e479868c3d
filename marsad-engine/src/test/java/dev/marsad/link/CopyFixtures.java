package dev.marsad.link;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.index.TestArticles;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Texts written for the copy tests (fictional events): a wire report in four paragraphs, what
 * republishers do to it, a long feature that quotes it, and a genre template.
 */
final class CopyFixtures {

    private CopyFixtures() {}

    static final String WIRE_TITLE = "افتتاح محطة لتحلية مياه البحر في مدينة الشاطئ الشرقي";

    static final List<String> WIRE = List.of(
            "افتتح وزير المياه والزراعة اليوم الأحد محطة جديدة لتحلية مياه البحر في مدينة الشاطئ الشرقي،"
                    + " بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.",
            "وقال الوزير في كلمة خلال حفل الافتتاح إن المحطة ستغطي حاجة أكثر من نصف مليون نسمة من سكان المدينة"
                    + " والقرى المجاورة لها.",
            "وأوضح أن تكلفة المشروع بلغت نحو ثلاثة مليارات ريال، وأن العمل فيه استمر ثلاث سنوات بمشاركة شركات"
                    + " محلية وأجنبية.",
            "وأشار إلى أن الوزارة تعتزم إنشاء أربع محطات مماثلة على الساحل خلال السنوات الخمس المقبلة لمواجهة"
                    + " الطلب المتزايد على المياه.");

    /** The wire reworded as agencies do: other tenses, clitics and particles, one phrase changed. */
    static final List<String> REWORDED = List.of(
            "وافتتح وزير المياه والزراعة الأحد محطة جديدة لتحلية مياه البحر بمدينة الشاطئ الشرقي،"
                    + " بطاقة إنتاجية تصل إلى مئتي ألف متر مكعب في اليوم.",
            "وقال الوزير في كلمته خلال حفل الافتتاح إن المحطة تغطي حاجة أكثر من نصف مليون نسمة من سكان المدينة"
                    + " والقرى المجاورة.",
            "وأوضح أن تكلفة المشروع بلغت قرابة ثلاثة مليارات ريال، وأن العمل فيه استمر ثلاث سنوات بمشاركة شركات"
                    + " محلية وأجنبية.",
            "وأشار الى ان الوزارة تعتزم انشاء اربع محطات مماثلة على الساحل خلال الأعوام الخمسة المقبلة لمواجهة"
                    + " الطلب المتزايد على المياه.");

    /** A republisher's own line. */
    static final String LOCAL_LINE = "ورحب رئيس المجلس البلدي في المدينة بالمشروع، مؤكدا أنه سينهي انقطاع المياه"
            + " الذي عانى منه السكان كل صيف.";

    /** Another line of a republisher's own. */
    static final String OWN_LINE = "ويأمل المزارعون في المنطقة أن تخصص الوزارة جزءا من إنتاج المحطة لري بساتين النخيل"
            + " التي تضررت من ملوحة الآبار خلال السنوات الماضية.";

    /** A long feature on water scarcity that quotes the wire's first two paragraphs in its middle. */
    static final List<String> FEATURE = List.of(
            "تواجه المنطقة منذ عقود شحا متزايدا في مصادر المياه العذبة، إذ تراجعت مناسيب الآبار الجوفية"
                    + " إلى مستويات غير مسبوقة بحسب تقارير الهيئات المختصة.",
            "ويرى خبراء أن الاعتماد على المياه الجوفية لم يعد ممكنا، وأن البديل الوحيد المتاح هو البحر رغم"
                    + " كلفة التحلية العالية واستهلاكها الكبير للطاقة.",
            "ويقول أستاذ الهندسة البيئية في الجامعة الوطنية إن كل متر مكعب من المياه المحلاة يحتاج إلى كمية"
                    + " من الكهرباء تعادل ما يستهلكه منزل صغير في يوم كامل.",
            WIRE.get(0),
            WIRE.get(1),
            "غير أن مزارعين في الوادي يشكون من أن المحطات الجديدة تخدم المدن وحدها، وأن حقولهم ما زالت تنتظر"
                    + " حلولا تعيد الحياة إلى قنوات الري القديمة.",
            "ويطالب هؤلاء بإعادة استخدام مياه الصرف المعالجة في الزراعة، وهو ما بدأت تجربته بلديات عدة في"
                    + " دول مجاورة بنتائج مشجعة خلال السنوات الأخيرة.",
            "ويحذر باحثون من أن تغير المناخ سيزيد الضغط على الموارد، إذ يتوقعون ارتفاع درجات الحرارة وتراجع"
                    + " الأمطار في العقود المقبلة بنسب ملحوظة.",
            "وبين الحاجة الملحة والكلفة المرتفعة، تبقى سياسة المياه أحد أصعب الملفات أمام الحكومات المتعاقبة"
                    + " في السنوات القادمة.");

    /** Two unrelated one-line items that pages carry above the same boxed item. */
    static final String MATCH_LINE = "فاز فريق النادي الأهلي على ضيفه نادي الوحدة بهدفين مقابل هدف في مباراة"
            + " مثيرة أقيمت مساء أمس ضمن الجولة الثالثة من الدوري.";

    static final String WEATHER_LINE = "توقعت هيئة الأرصاد هطول أمطار رعدية على المرتفعات الجنوبية خلال"
            + " الأيام الثلاثة المقبلة، ودعت السائقين إلى توخي الحذر.";

    /** A congratulation cable: the same wording for every country, only the country changes. */
    static List<String> cable(String country) {
        return List.of("هنأ رئيس مجلس الوزراء رئيس جمهورية " + country + " بمناسبة ذكرى استقلال بلاده، معربا"
                + " باسمه وباسم الحكومة والشعب عن أصدق التهاني وأطيب التمنيات بدوام الصحة والعافية، ولشعب "
                + country + " الصديق المزيد من التقدم والازدهار والرخاء في ظل قيادته الحكيمة.");
    }

    static String cableTitle(String country) {
        return "رئيس مجلس الوزراء يهنئ رئيس " + country + " بذكرى الاستقلال";
    }

    /** An analysed article; {@code places} are the place names it recognises (id "loc:" + name). */
    static AnalyzedArticle article(
            String url, String title, String site, String published, List<String> paragraphs, String... places) {
        var entities = new ArrayList<Entity>();
        for (String place : places) entities.add(new Entity("loc:" + place, place, Entity.Type.LOC, List.of(place), 1));
        return TestArticles.analyzed(
                URI.create(url),
                title,
                Instant.parse(published),
                site,
                Optional.empty(),
                paragraphs,
                List.of(),
                entities);
    }

    /** The copy text of an article with a neutral headline. */
    static CopyText text(List<String> paragraphs) {
        return CopyText.of(article("https://a.example/x", WIRE_TITLE, "أ", "2024-03-03T08:00:00Z", paragraphs));
    }

    static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
