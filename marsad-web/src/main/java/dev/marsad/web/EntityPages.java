package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The model of an entity's page: who or what it is, its stories and its articles over time. */
final class EntityPages {

    /** "، ": joins spellings and roles on the page. */
    private static final String LIST_SEPARATOR = "\u060C ";

    private final ArticleIndex index;
    private final WebConfig config;
    private final Cards cards;
    private final ArabicDateFormat dates;

    /** @param cards the reader's date format (zone, calendar, now) and the site's pictures */
    EntityPages(ArticleIndex index, WebConfig config, Cards cards) {
        this.index = index;
        this.config = config;
        this.cards = cards;
        this.dates = cards.dates();
    }

    /** The page of entity {@code id}; 404 when no article names it. */
    EntityPage entity(String id, Paging paging) {
        EntityProfile profile = EntityProfile.of(index, id, paging);
        List<EntityPage.StoryLink> stories = profile.stories().stream()
                .map(s -> new EntityPage.StoryLink(SitePaths.story(s.id()), s.title(), s.articles(), period(dates, s)))
                .toList();
        Map<LocalDate, List<ArticleCard>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (SearchResult.Hit hit : profile.articles().hits()) {
            var a = hit.article();
            LocalDate day = dates.localDay(a.publishedOrIndexed(), a.publishedPrecision());
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(cards.of(a));
        }
        List<ListingPages.Day> days = byDay.entrySet().stream()
                .map(e -> new ListingPages.Day(dates.day(e.getKey()), e.getKey().toString(), e.getValue()))
                .toList();
        List<String> otherSpellings = profile.variants().stream()
                .filter(v -> !v.equals(profile.name()))
                .toList();
        return new EntityPage(
                PageChrome.of(config, profile.name(), "").withFeeds(SitePaths.entity(profile.id()), ""),
                profile.name(),
                EntityProfile.typeName(profile.type()),
                String.join(LIST_SEPARATOR, otherSpellings),
                String.join(LIST_SEPARATOR, profile.roles()),
                profile.articleCount(),
                stories,
                days,
                Pager.of(paging, profile.articles().pageCount(), p -> SitePaths.entity(id) + "?page=" + p));
    }

    /** The first and last day of a story's articles, in Arabic, once when they are the same. */
    static String period(ArabicDateFormat dates, EntityProfile.StoryLine s) {
        String first = dates.day(s.first());
        String last = dates.day(s.last());
        return first.equals(last) ? first : first + " \u2013 " + last;
    }
}
