package dev.marsad.analyze;

import dev.marsad.arabic.text.AnalyzedText;
import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import dev.marsad.extract.Embed;
import dev.marsad.extract.RelatedLink;
import dev.marsad.extract.Teaser;
import dev.marsad.extract.WorkBudget;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Optional<NerTagger> tagger;
    private final PersonRoles roles;
    private final SectionClassifier sections;
    private final KeywordExtractor keywords;
    private final Keyphrases keyphrases;
    private final Attributions attributions;
    private final DatesAndQuantities facts;

    /**
     * Loads the bundled resources; fails with the name of a missing or malformed resource. Entities
     * are found by the gazetteer and name patterns alone.
     */
    public ArticleAnalyzer() {
        this(TrainedModels.none());
    }

    /**
     * Loads the bundled resources and, when {@code model} is present, finds entities with that
     * trained tagger instead of the gazetteer and name patterns.
     */
    public ArticleAnalyzer(Optional<NerModel> model) {
        this(new TrainedModels(Optional.empty(), Optional.empty(), model));
    }

    /**
     * Loads the bundled resources and uses the trained models given (a section model classifies the
     * text instead of the keyword vote; a NER model finds the entities instead of the gazetteer
     * and name patterns).
     */
    public ArticleAnalyzer(TrainedModels models) {
        Objects.requireNonNull(models, "models");
        Lexicon lexicon = Lexicon.load();
        this.gazetteer = Gazetteer.load(lexicon.stopWords(), lexicon.genericHeads());
        this.tags = new TagUnifier(gazetteer, lexicon);
        this.recognizer = new EntityRecognizer(gazetteer, lexicon);
        this.tagger = models.ner().map(m -> new NerTagger(m, gazetteer, lexicon, recognizer));
        this.roles = new PersonRoles(lexicon);
        this.sections = SectionClassifier.load(models.sections());
        WordList background = WordList.load("keyword-background.txt");
        this.keywords = new KeywordExtractor(lexicon.stopWords(), background);
        this.attributions = new Attributions(lexicon, WordList.load("anonymous-speakers.txt"));
        this.facts = new DatesAndQuantities(new QuantityTrust(lexicon));
        WordRarity rarity = models.frequencies()
                .map(f -> WordRarity.ofFrequencies(background, f.frequencies(), f.documents()))
                .orElseGet(() -> WordRarity.ofBackground(background));
        this.keyphrases = new Keyphrases(lexicon, rarity, tags);
    }

    /** Whether entities are found by a trained tagger (else by the gazetteer and rules). */
    public boolean hasTrainedTagger() {
        return tagger.isPresent();
    }

    /**
     * Analyses one article. Its title and paragraphs are analysed by marsad-arabic once ({@link
     * ArticleTexts}); every step below reads them, and they go with the result to the later stages.
     *
     * <ol>
     *   <li>tags: the publisher's, split and unified across spellings, then the keyphrases of the
     *       text, one per key; a tag naming an entity of the article is that entity;
     *   <li>entities of the article's own text (title, subtitle, body, embedded posts), and apart
     *       from them those named only in related links and teasers;
     *   <li>dates and quantities of title and body that can be trusted, and who is reported as
     *       saying something;
     *   <li>section: the publisher's name or URL path, mapped, else classified from the text, or
     *       unknown when nothing is confident;
     *   <li>keywords of title and body.
     * </ol>
     *
     * @param article an extracted article, not null
     * @return the analysis; never null, lists possibly empty
     */
    public AnalyzedArticle analyze(Article article) {
        return analyze(article, WorkBudget.unlimited());
    }

    /**
     * Analyses one article as {@link #analyze(Article)} does, within {@code budget}: checked after
     * every paragraph and between the steps.
     *
     * @throws WorkBudget.OverBudget when the budget runs out, naming the step
     */
    public AnalyzedArticle analyze(Article article, WorkBudget budget) {
        return run(article, budget).analyzed();
    }

    /**
     * Analyses a plain text as an article whose body is {@code text}, one paragraph per non-blank
     * line, and locates every entity mention of the body in {@code text}.
     *
     * @param title the headline, not blank
     * @param text the body, not null
     * @param published the publication instant, when known (relative dates need it)
     * @param url the text's address, or an identifier standing for it
     * @throws IllegalArgumentException when the title is blank
     */
    public TextAnalysis analyzeText(String title, String text, Optional<Instant> published, URI url) {
        Objects.requireNonNull(text, "text");
        List<int[]> lines = lines(text);
        List<Block> body = lines.stream()
                .map(l -> (Block) new Block.Paragraph(text.substring(l[0], l[1])))
                .toList();
        Article article = Article.ofText(url, title, published, Optional.empty(), body);
        Analysis analysis = run(article, WorkBudget.unlimited());
        var located = new ArrayList<EntityMention>();
        for (Mention m : analysis.ownMentions()) {
            if (m.part() == 0) continue; // the title: no offsets into the text
            int offset = lines.get(m.part() - 1)[0];
            located.add(new EntityMention(m.id(), m.type(), m.name(), offset + m.start(), offset + m.end()));
        }
        return new TextAnalysis(analysis.analyzed(), located);
    }

    /** The [start, end) of each non-blank line of {@code text}, white space at its ends left out. */
    private static List<int[]> lines(String text) {
        var lines = new ArrayList<int[]>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (from < to) lines.add(new int[] {from, to});
            if (newline < 0) break;
            start = newline + 1;
        }
        return lines;
    }

    /** An analysed article with the mentions of its own texts (title 0, then subtitle and body). */
    private record Analysis(AnalyzedArticle analyzed, List<Mention> ownMentions) {}

    private Analysis run(Article article, WorkBudget budget) {
        Objects.requireNonNull(article, "article");
        ArticleTexts texts = ArticleTexts.analyze(article, budget);
        List<AnalyzedText> own = ownTexts(article, texts);
        List<AnalyzedText> related = relatedTexts(article);
        budget.check("analyze: texts read");
        List<Mention> mentions = recognize(own, related);
        budget.check("analyze: entities found");
        List<AnalyzedText> all = concat(own, related);
        List<Mention> ownMentions =
                mentions.stream().filter(m -> m.part() < own.size()).toList();
        List<Entity> ownEntities = collect(ownMentions, all);
        Set<String> ownIds = ownEntities.stream().map(Entity::id).collect(Collectors.toSet());
        List<Entity> relatedEntities = collect(
                mentions.stream()
                        .filter(m -> m.part() >= own.size() && !ownIds.contains(m.id()))
                        .toList(),
                all);
        List<Tag> pageTags = tags.unify(article.tags());
        List<Tag> readerTags =
                tags.merge(pageTags, ownEntities, keyphrases.find(own, ownEntities, ownMentions, publishers(article)));
        Section section = sections.classify(
                article.section(), article.canonicalUrl(), article.url(), texts.title(), texts.paragraphs());
        budget.check("analyze: section classified");
        DatesAndQuantities.Found found =
                facts.read(concat(List.of(texts.title()), texts.paragraphs()), article.published());
        var analyzed = new AnalyzedArticle(
                article,
                pageTags,
                ownEntities,
                found.dates(),
                found.quantities(),
                section,
                keywords.extract(texts.title(), texts.paragraphs()),
                relatedEntities,
                readerTags,
                attributions.find(own, ownMentions),
                texts);
        return new Analysis(analyzed, ownMentions);
    }

    /**
     * The entity mentions of one plain text, in text order: what {@link #analyze} finds in each
     * part of an article, with spans (for highlighting and for evaluation).
     *
     * @param text any text, not null; an empty text gives an empty list
     */
    public List<EntityMention> mentions(String text) {
        Objects.requireNonNull(text, "text");
        return recognize(List.of(AnalyzedText.of(text)), List.of()).stream()
                .map(m -> new EntityMention(m.id(), m.type(), m.name(), m.start(), m.end()))
                .toList();
    }

    /**
     * The section {@link #analyze} gives without a URL: the publisher's section name mapped when
     * the table knows it, else classified from title and body (by the trained model when this
     * analyzer has one, else by the keyword vote), or {@link Section#UNKNOWN}.
     *
     * @param publisherSection the publisher's section name ("سياسة", "Sport"), or empty
     * @param title the headline, not null
     * @param body the body text, not null
     */
    public Section section(Optional<String> publisherSection, String title, String body) {
        return sections.classify(publisherSection, AnalyzedText.of(title), List.of(AnalyzedText.of(body)));
    }

    /** The key Marsad gives a tag with this name; equal for spelling variants of one tag. */
    public String tagKey(String tagName) {
        return tags.key(tagName);
    }

    /**
     * The mentions of the article's own texts and, apart from them, of its related texts: the
     * trained tagger's when there is one (each related text on its own, so that the article's names
     * are not forced on the teasers), else the gazetteer's and rules'.
     */
    private List<Mention> recognize(List<AnalyzedText> own, List<AnalyzedText> related) {
        if (tagger.isEmpty()) return recognizer.recognize(concat(own, related));
        var mentions = new ArrayList<>(tagger.get().recognize(own));
        for (int p = 0; p < related.size(); p++)
            for (Mention m : tagger.get().recognize(List.of(related.get(p))))
                mentions.add(new Mention(m.id(), m.type(), m.name(), m.surface(), own.size() + p, m.start(), m.end()));
        return mentions;
    }

    /** Title, subtitle, paragraphs and embedded posts: title and paragraphs as analysed already. */
    private static List<AnalyzedText> ownTexts(Article article, ArticleTexts analyzed) {
        var texts = new ArrayList<AnalyzedText>();
        texts.add(analyzed.title());
        article.subtitle().map(AnalyzedText::of).ifPresent(texts::add);
        texts.addAll(analyzed.paragraphs());
        for (Embed embed : article.embeds()) texts.add(AnalyzedText.of(embed.text()));
        return texts;
    }

    private static List<AnalyzedText> relatedTexts(Article article) {
        var texts = new ArrayList<AnalyzedText>();
        for (RelatedLink link : article.relatedLinks()) texts.add(AnalyzedText.of(link.title()));
        for (Teaser teaser : article.teasers()) {
            texts.add(AnalyzedText.of(teaser.title()));
            texts.add(AnalyzedText.of(teaser.text()));
            teaser.source().map(AnalyzedText::of).ifPresent(texts::add);
        }
        return texts;
    }

    /** The names of the site and of the original publisher the page names. */
    private static List<String> publishers(Article article) {
        var names = new ArrayList<String>();
        article.siteName().ifPresent(names::add);
        article.source().ifPresent(names::add);
        return names;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<T>(a);
        all.addAll(b);
        return all;
    }

    /**
     * One entity per id, in order of first mention: found spellings first, then known aliases; a
     * person's roles from the words before each mention.
     */
    private List<Entity> collect(List<Mention> mentions, List<AnalyzedText> parts) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (Mention m : mentions)
            byId.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(m);
        Map<Integer, List<Word>> words = new HashMap<>();
        var entities = new ArrayList<Entity>();
        byId.forEach((id, list) -> {
            var variants = new ArrayList<String>();
            var personRoles = new ArrayList<String>();
            for (Mention m : list) {
                if (!variants.contains(m.surface())) variants.add(m.surface());
                if (m.type() != Entity.Type.PER) continue;
                List<Word> partWords = words.computeIfAbsent(m.part(), p -> Word.of(parts.get(p)));
                roles.roleBefore(partWords, m.start())
                        .filter(r -> !personRoles.contains(r))
                        .ifPresent(personRoles::add);
            }
            gazetteer
                    .entry(id)
                    .ifPresent(e -> e.names().stream()
                            .filter(n -> !variants.contains(n))
                            .forEach(variants::add));
            Mention first = list.getFirst();
            entities.add(new Entity(id, first.name(), first.type(), variants, list.size(), personRoles));
        });
        return entities;
    }
}
