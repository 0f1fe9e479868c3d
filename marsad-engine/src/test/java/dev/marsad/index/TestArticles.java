package dev.marsad.index;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Section;
import dev.marsad.analyze.Tag;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.TimePrecision;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds small articles for index and link tests. */
public final class TestArticles {

    private TestArticles() {}

    static IndexedArticle article(String id, String title, String published, String site, List<String> paragraphs) {
        return article(id, title, published, site, paragraphs, List.of(), List.of(), Optional.empty(), id);
    }

    static IndexedArticle article(
            String id,
            String title,
            String published,
            String site,
            List<String> paragraphs,
            List<Tag> tags,
            List<Entity> entities,
            Optional<String> duplicateOf,
            String story) {
        URI url = URI.create("https://" + id + ".example/news/" + id);
        var analyzed =
                analyzed(url, title, Instant.parse(published), site, Optional.empty(), paragraphs, tags, entities);
        return new IndexedArticle(id, analyzed, duplicateOf, story, List.of("band-" + id), Instant.parse(published));
    }

    /** The three paragraphs of a ceasefire report, as a wire story that copies fold into. */
    public static final List<String> CEASEFIRE_REPORT = List.of(
            "أعلنت وزارة الدفاع الأذربيجانية اليوم وقف العمليات العسكرية في إقليم ناغورنو كاراباخ بعد يوم من القتال،"
                    + " مؤكدة أن الانفصاليين الأرمن وافقوا على تسليم أسلحتهم الثقيلة.",
            "وقالت الوزارة في بيان إن ممثلي الطرفين سيلتقون غدا الخميس في مدينة يفلاخ لبحث إعادة دمج الإقليم،"
                    + " بحضور قوات حفظ السلام الروسية المنتشرة في المنطقة منذ عام 2020.",
            "وأفادت مصادر محلية بأن نحو ألفي شخص غادروا القرى القريبة من خطوط التماس خلال الساعات الماضية،"
                    + " فيما دعا الاتحاد الأوروبي إلى حماية المدنيين وفتح الممرات الإنسانية.");

    /**
     * An analysed article in Arabic, in the politics section, without dates, quantities or
     * keywords; the page lists its tags' names.
     */
    public static AnalyzedArticle analyzed(
            URI url,
            String title,
            Instant published,
            String site,
            Optional<String> source,
            List<String> paragraphs,
            List<Tag> tags,
            List<Entity> entities) {
        var article = new Article(
                url,
                url,
                title,
                Optional.empty(),
                Optional.of(published),
                TimePrecision.TIME,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(site),
                "ar",
                paragraphs.stream().<Block>map(Block.Paragraph::new).toList(),
                source,
                tags.stream().map(Tag::name).toList(),
                List.of(),
                List.of(),
                List.of());
        return new AnalyzedArticle(article, tags, entities, List.of(), List.of(), Section.POLITICS, List.of());
    }

    static Tag tag(String name, String key) {
        return new Tag(name, key, List.of(name));
    }

    static Entity place(String id, String name) {
        return new Entity(id, name, Entity.Type.LOC, List.of(name), 1);
    }
}
