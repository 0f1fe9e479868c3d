package dev.marsad.web;

import dev.marsad.analyze.Entity;
import dev.marsad.analyze.Tag;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The models of the home page (stories by publishers and recency) and of a story page (its timeline). */
final class StoryPages {

    /** Tags shown on a story card. */
    static final int CARD_TAGS = 4;

    private final ArticleIndex index;
    private final WebConfig config;
    private final Cards cards;
    private final ArabicDateFormat dates;

    /** @param cards the reader's date format (zone, calendar, now) and the site's pictures */
    StoryPages(ArticleIndex index, WebConfig config, Cards cards) {
        this.index = index;
        this.config = config;
        this.cards = cards;
        this.dates = cards.dates();
    }

    /** A page of the latest stories; a 404 saying so when the page lies past the last one. */
    ListingPages.Home home(Paging paging) {
        int page = paging.page();
        long total = index.storyCount();
        paging.requireWithin(total, ReaderPages.pageHref("/"));
        List<Story> stories = index.topStories(page, paging.pageSize());
        List<ListingPages.StoryCard> storyCards = new ArrayList<>();
        for (Story story : stories) {
            List<IndexedArticle> articles = leadCandidates(story);
            if (articles.isEmpty()) continue;
            Map<String, String> tagNames = tagNames(articles);
            storyCards.add(new ListingPages.StoryCard(
                    SitePaths.story(story.id()),
                    story.title(),
                    story.publishers().size(),
                    story.articleIds().size(),
                    cards.of(articles.getFirst()),
                    dates.day(story.last()),
                    tagLinks(story, tagNames, CARD_TAGS),
                    index.storylineOf(story.id()).map(line -> new Link(SitePaths.storyline(line.id()), line.title())),
                    picture(story, articles.getFirst(), story.title())));
        }
        PageChrome chrome = PageChrome.of(config, config.siteName(), "").withFeeds("/", "");
        return new ListingPages.Home(
                chrome,
                storyCards,
                Pager.of(paging, Paging.pageCount(total, paging.pageSize()), ReaderPages.pageHref("/")));
    }

    /** The story's timeline; 404 when there is no such story. */
    ListingPages.StoryPage story(String id) {
        Story story = index.story(id).orElseThrow(() -> RequestRejected.notFound("no story with id '" + id + "'"));
        List<IndexedArticle> articles = index.storyArticles(id);
        Map<LocalDate, List<ArticleCard>> byDay = new TreeMap<>();
        for (IndexedArticle a : articles) {
            var article = a.analyzed().article();
            LocalDate day = dates.localDay(article.published().orElse(a.indexedAt()), article.publishedPrecision());
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(cards.of(a));
        }
        List<ListingPages.Day> days = byDay.entrySet().stream()
                .map(e -> new ListingPages.Day(dates.day(e.getKey()), e.getKey().toString(), e.getValue()))
                .toList();
        String period = dates.day(story.first());
        String last = dates.day(story.last());
        if (!last.equals(period)) period = period + " \u2013 " + last;
        var storylines = new StorylinePages(index, config, dates);
        return new ListingPages.StoryPage(
                PageChrome.of(config, story.title(), "").withFeeds(SitePaths.story(story.id()), ""),
                story.title(),
                period,
                story.publishers().stream()
                        .map(p -> new Link(SitePaths.publisher(p), p))
                        .toList(),
                tagLinks(story, tagNames(articles), Integer.MAX_VALUE),
                entityNames(story, articles),
                days,
                storylines.storylineOf(story),
                storylines.related(story));
    }

    /** How many of a story's other articles are looked at for a picture when its lead has none. */
    static final int PICTURE_LOOKUPS = 8;

    /**
     * The picture of a story card: its lead article's, else the first of its next {@link
     * #PICTURE_LOOKUPS} articles' that the cache keeps (a story told by a site without pictures still
     * shows one if another site gave one).
     */
    private Optional<Picture> picture(Story story, IndexedArticle lead, String title) {
        Optional<Picture> own =
                cards.pictures().thumbnail(lead.analyzed().article().image(), title);
        if (own.isPresent() || !cards.pictures().isKept()) return own;
        return story.articleIds().stream()
                .filter(id -> !id.equals(lead.id()))
                .limit(PICTURE_LOOKUPS)
                .flatMap(id -> index.article(id).stream())
                .flatMap(a -> cards.pictures().thumbnail(a.analyzed().article().image(), title).stream())
                .findFirst();
    }

    /** The id of the story a merged story went into, when {@code id} names one. */
    Optional<String> mergedInto(String id) {
        return index.story(id).map(Story::id).filter(found -> !found.equals(id));
    }

    /** The story's main entities, most common first, each linking to its page (issue 15: not to a search). */
    private static List<Link> entityNames(Story story, List<IndexedArticle> articles) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndexedArticle a : articles) for (Entity e : a.analyzed().entities()) names.putIfAbsent(e.id(), e.name());
        return story.entityIds().stream()
                .filter(names::containsKey)
                .map(id -> new Link(SitePaths.entity(id), names.get(id)))
                .toList();
    }

    /** The story's canonical articles that still exist, oldest first; the first is its lead. */
    private List<IndexedArticle> leadCandidates(Story story) {
        List<IndexedArticle> found = new ArrayList<>();
        for (String id : story.articleIds()) {
            Optional<IndexedArticle> article = index.article(id);
            article.filter(IndexedArticle::isCanonical).ifPresent(found::add);
            if (!found.isEmpty()) break;
        }
        return found;
    }

    private static Map<String, String> tagNames(List<IndexedArticle> articles) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndexedArticle a : articles) {
            for (Tag t : a.analyzed().readerTags()) names.putIfAbsent(t.key(), t.name());
            for (Tag t : a.analyzed().tags()) names.putIfAbsent(t.key(), t.name());
        }
        return names;
    }

    /**
     * Links to the story's tags, each by its display name: as the given articles name it, else as
     * the index does (issue 11: never the key); a tag nothing names is left out.
     */
    private List<Link> tagLinks(Story story, Map<String, String> names, int limit) {
        return story.tagKeys().stream()
                .flatMap(k -> Optional.ofNullable(names.get(k)).or(() -> index.tagName(k)).stream()
                        .map(name -> new Link(SitePaths.tag(k), name)))
                .limit(limit)
                .toList();
    }
}
