package dev.marsad.web;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Attribution;
import dev.marsad.analyze.DateMention;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.QuantityMention;
import dev.marsad.extract.Article;
import dev.marsad.extract.Embed;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.CopyRelations;
import dev.marsad.index.DisplayTitle;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns an indexed article, with what the index knows around it, into an {@link ArticlePage}. */
final class ArticlePageBuilder {

    /** How many "اقرأ أيضاً" articles a page shows. */
    static final int RELATED_LIMIT = 5;

    /** Shown before an approximate quantity: "نحو " (about). */
    private static final String APPROXIMATELY = "\u0646\u062D\u0648 ";

    private final ArticleIndex index;
    private final WebConfig config;
    private final Cards cards;
    private final ArabicDateFormat dates;
    private final Pictures pictures;

    /** @param cards the reader's date format (zone, calendar, now) and the site's pictures */
    ArticlePageBuilder(ArticleIndex index, WebConfig config, Cards cards, Pictures pictures) {
        this.pictures = pictures;
        this.index = index;
        this.config = config;
        this.cards = cards;
        this.dates = cards.dates();
    }

    /**
     * The page of one article.
     *
     * <p>1. the article's own fields; 2. its embeds, tags, entities and facts; 3. its neighbours:
     * its copy group (the original and the other copies, each with its relation to this article
     * and what it changed), and related articles of other stories.
     */
    ArticlePage build(IndexedArticle indexed) {
        AnalyzedArticle analyzed = indexed.analyzed();
        Article a = analyzed.article();
        CopyGroupView group = CopyGroupView.of(index, indexed);
        return new ArticlePage(
                PageChrome.of(config, DisplayTitle.of(a), "")
                        .withDescription(a.subtitle()
                                .orElseGet(() ->
                                        a.paragraphs().stream().findFirst().orElse(""))),
                DisplayTitle.of(a),
                a.subtitle().orElse(""),
                ArticleCard.siteOf(a),
                a.source().orElse(""),
                SitePaths.external(a.url()),
                a.published()
                        .map(p -> dates.published(p, a.publishedPrecision()))
                        .orElse(""),
                a.published()
                        .map(p -> dates.moment(p, a.publishedPrecision()).iso())
                        .orElse(""),
                String.join("\u060C ", a.authors()),
                new Link(
                        SitePaths.section(analyzed.section().name()),
                        analyzed.section().arabicName()),
                a.body(),
                a.embeds().stream().map(this::embedCard).toList(),
                analyzed.readerTags().stream()
                        .map(t -> new Link(SitePaths.tag(t.key()), t.name()))
                        .toList(),
                entityGroups(analyzed),
                facts(analyzed),
                related(indexed),
                group.original().map(this::copyCard),
                group.copies().stream().map(this::copyCard).toList(),
                group.added(),
                group.cut(),
                new Link(
                        SitePaths.story(indexed.storyId()),
                        index.story(indexed.storyId()).map(Story::title).orElse(a.title())),
                pictures.lead(a, DisplayTitle.of(a)),
                a.image().flatMap(dev.marsad.extract.Image::caption).orElse(""),
                pictures.publisher(a, ArticleCard.siteOf(a)));
    }

    private ArticlePage.CopyCard copyCard(CopyGroupView.Member m) {
        return new ArticlePage.CopyCard(
                cards.of(m.article()), m.relation().map(CopyRelations.Peer::kind), m.added(), m.cut());
    }

    private ArticlePage.EmbedCard embedCard(Embed e) {
        return new ArticlePage.EmbedCard(
                platformName(e.platform()),
                e.author().orElse(""),
                e.handle().map(h -> "@" + h).orElse(""),
                e.date().map(dates::day).orElse(""),
                e.text(),
                e.url().flatMap(SitePaths::external));
    }

    /** Brand names are written as the platforms write them; unknown platforms get none. */
    private static String platformName(Embed.Platform platform) {
        return switch (platform) {
            case X -> "X";
            case YOUTUBE -> "YouTube";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case TELEGRAM -> "Telegram";
            case OTHER -> "";
        };
    }

    private static List<ArticlePage.EntityGroup> entityGroups(AnalyzedArticle analyzed) {
        return Arrays.stream(Entity.Type.values())
                .map(type -> new ArticlePage.EntityGroup(
                        type,
                        analyzed.entities(type).stream()
                                .map(e -> new Link(SitePaths.entity(e.id()), e.name()))
                                .toList()))
                .filter(g -> !g.entities().isEmpty())
                .toList();
    }

    private List<ArticlePage.Fact> facts(AnalyzedArticle analyzed) {
        List<ArticlePage.Fact> facts = new ArrayList<>();
        for (DateMention d : analyzed.dates()) {
            // issue 11: a fact that cannot be trusted is not shown; a weekday that contradicts the
            // date says one of the two is wrong
            if (d.weekdayConsistent().equals(Optional.of(false))) continue;
            String meaning = dates.day(d.date())
                    + d.end().map(e -> " \u2013 " + dates.day(e)).orElse("");
            facts.add(new ArticlePage.Fact(d.text(), meaning));
        }
        for (QuantityMention q : analyzed.quantities()) {
            String meaning = (q.approximate() ? APPROXIMATELY : "")
                    + q.value().toPlainString()
                    + q.unit().map(u -> " " + u).orElse("");
            facts.add(new ArticlePage.Fact(q.text(), meaning));
        }
        for (Attribution a : analyzed.attributions()) facts.add(new ArticlePage.Fact(a.text(), a.speaker()));
        return facts;
    }

    private List<ArticleCard> related(IndexedArticle indexed) {
        return relatedReading(index, indexed, RELATED_LIMIT).stream()
                .map(s -> cards.of(s.article()))
                .toList();
    }

    /**
     * "اقرأ أيضاً": the latest canonical article of each story the link stage stored as related to
     * this article's story (never its own story), best first; shared by the page and the API. The
     * score is the story's rank among them, 1 for the first, 1/2 for the second, and so on.
     */
    static List<ArticleIndex.Similar> relatedReading(ArticleIndex index, IndexedArticle indexed, int limit) {
        Optional<Story> story = index.story(indexed.storyId());
        if (story.isEmpty()) return List.of();
        var seen = new java.util.HashSet<String>();
        seen.add(story.get().id());
        var result = new ArrayList<ArticleIndex.Similar>();
        for (String id : story.get().relatedIds()) {
            if (result.size() == limit) break;
            Optional<Story> related = index.story(id).filter(s -> seen.add(s.id()));
            Optional<IndexedArticle> latest = related.flatMap(s -> latestCanonical(index, s));
            latest.ifPresent(a -> result.add(new ArticleIndex.Similar(a, 1f / (result.size() + 1))));
        }
        return result;
    }

    private static Optional<IndexedArticle> latestCanonical(ArticleIndex index, Story story) {
        for (Story.Member m : story.members().reversed())
            if (m.canonical()) {
                Optional<IndexedArticle> article = index.article(m.id());
                if (article.isPresent()) return article;
            }
        return story.articleIds().isEmpty()
                ? Optional.empty()
                : index.article(story.articleIds().getLast());
    }
}
