package dev.marsad.analyze;

import dev.marsad.extract.Article;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.extract.Teaser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Understands an extracted article: unified tags, named entities with canonical ids, dates and
 * quantities, section and keywords.
 *
 * <p>Construct once (it loads the gazetteer and word lists from the classpath) and share: {@link
 * #analyze} is a pure function and safe to call from many threads.
 */
public final class ArticleAnalyzer {

    private final Gazetteer gazetteer;
    private final TagUnifier tags;
    private final EntityRecognizer recognizer;
    private final SectionClassifier sections;
    private final KeywordExtractor keywords;
    private final DatesAndQuantities facts = new DatesAndQuantities();

    /** Loads the bundled resources; fails with the name of a missing or malformed resource. */
    public ArticleAnalyzer() {
        Lexicon lexicon = Lexicon.load();
        this.gazetteer = Gazetteer.load(lexicon.stopWords(), lexicon.genericHeads());
        this.tags = new TagUnifier(gazetteer, lexicon);
        this.recognizer = new EntityRecognizer(gazetteer, lexicon);
        this.sections = SectionClassifier.load();
        this.keywords = new KeywordExtractor(lexicon.stopWords(), WordList.load("keyword-background.txt"));
    }

    /**
     * Analyses one article.
     *
     * <ol>
     *   <li>tags: split and unified across spellings;
     *   <li>entities of the article's own text (title, subtitle, body, embedded posts), and apart
     *       from them those named only in related links and teasers;
     *   <li>dates and quantities of title and body;
     *   <li>section: the publisher's, mapped, else classified from the text;
     *   <li>keywords of title and body.
     * </ol>
     *
     * @param article an extracted article, not null
     * @return the analysis; never null, lists possibly empty
     */
    public AnalyzedArticle analyze(Article article) {
        Objects.requireNonNull(article, "article");
        List<Tag> unifiedTags = tags.unify(article.tags());
        List<String> own = ownTexts(article);
        List<String> related = relatedTexts(article);
        List<Mention> mentions = recognizer.recognize(concat(own, related));
        List<Entity> ownEntities =
                collect(mentions.stream().filter(m -> m.part() < own.size()).toList());
        Set<String> ownIds = ownEntities.stream().map(Entity::id).collect(Collectors.toSet());
        List<Entity> relatedEntities = collect(mentions.stream()
                .filter(m -> m.part() >= own.size() && !ownIds.contains(m.id()))
                .toList());
        String body = article.plainText();
        Section section = sections.classify(article.section(), article.title(), body);
        DatesAndQuantities.Found found =
                facts.read(concat(List.of(article.title()), article.paragraphs()), article.published());
        return new AnalyzedArticle(
                article,
                unifiedTags,
                ownEntities,
                found.dates(),
                found.quantities(),
                section,
                keywords.extract(article.title(), body),
                relatedEntities);
    }

    /**
     * The entity mentions of one plain text, in text order: what {@link #analyze} finds in each
     * part of an article, with spans (for highlighting and for evaluation).
     *
     * @param text any text, not null; an empty text gives an empty list
     */
    public List<EntityMention> mentions(String text) {
        Objects.requireNonNull(text, "text");
        return recognizer.recognize(List.of(text)).stream()
                .map(m -> new EntityMention(m.id(), m.type(), m.name(), m.start(), m.end()))
                .toList();
    }

    /**
     * The section {@link #analyze} gives: the publisher's section name mapped when the table
     * knows it, else classified from title and body.
     *
     * @param publisherSection the publisher's section name ("سياسة", "Sport"), or empty
     * @param title the headline, not null
     * @param body the body text, not null
     */
    public Section section(Optional<String> publisherSection, String title, String body) {
        return sections.classify(publisherSection, title, body);
    }

    /** The key Marsad gives a tag with this name; equal for spelling variants of one tag. */
    public String tagKey(String tagName) {
        return tags.key(tagName);
    }

    private static List<String> ownTexts(Article article) {
        var texts = new ArrayList<String>();
        texts.add(article.title());
        article.subtitle().ifPresent(texts::add);
        texts.addAll(article.paragraphs());
        for (Embed embed : article.embeds()) texts.add(embed.text());
        return texts;
    }

    private static List<String> relatedTexts(Article article) {
        var texts = new ArrayList<String>();
        for (RelatedLink link : article.relatedLinks()) texts.add(link.title());
        for (Teaser teaser : article.teasers()) {
            texts.add(teaser.title());
            texts.add(teaser.text());
            teaser.source().ifPresent(texts::add);
        }
        return texts;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<String>(a);
        all.addAll(b);
        return all;
    }

    /** One entity per id, in order of first mention: found spellings first, then known aliases. */
    private List<Entity> collect(List<Mention> mentions) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (Mention m : mentions)
            byId.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(m);
        var entities = new ArrayList<Entity>();
        byId.forEach((id, list) -> {
            var variants = new ArrayList<String>();
            for (Mention m : list) if (!variants.contains(m.surface())) variants.add(m.surface());
            gazetteer.entries().stream()
                    .filter(e -> e.id().equals(id))
                    .findFirst()
                    .ifPresent(e -> e.names().stream()
                            .filter(n -> !variants.contains(n))
                            .forEach(variants::add));
            Mention first = list.getFirst();
            entities.add(new Entity(id, first.name(), first.type(), variants, list.size()));
        });
        return entities;
    }
}
