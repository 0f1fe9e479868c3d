package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.ListedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the site knows of one publisher (a site, or an original source others name): how many
 * articles name it, one page of them, and figures read from its latest {@link #SAMPLE} articles: the
 * stories they tell, how often its article is the original of a copy group it is part of, and how
 * many it published each day.
 *
 * @param name the publisher's name, as articles give it
 * @param articleCount how many articles it published (its copies of others included) or is named the source of
 * @param sampled how many of its latest articles the figures below were read from
 * @param stories the stories of those articles, latest first
 * @param copyGroups how many of those articles it published belong to a copy group (an original
 *     someone republished, or a republished copy)
 * @param originals how many of those it is the original of
 * @param perDay its articles per day over its latest {@link #DAYS} days with articles, latest first
 * @param articles this page of its articles
 */
record PublisherProfile(
        String name,
        long articleCount,
        int sampled,
        List<EntityProfile.StoryLine> stories,
        int copyGroups,
        int originals,
        List<DayCount> perDay,
        SearchResult articles) {

    /** How many of the latest articles the figures are read from. */
    static final int SAMPLE = SearchQuery.MAX_PAGE_SIZE;

    /** How many days of articles per day are shown. */
    static final int DAYS = 14;

    PublisherProfile {
        Objects.requireNonNull(name, "name");
        stories = List.copyOf(stories);
        perDay = List.copyOf(perDay);
        Objects.requireNonNull(articles, "articles");
    }

    /** Articles one day. */
    record DayCount(LocalDate day, int count) {}

    /**
     * The profile of publisher {@code name} with page {@code paging} of its articles, days counted in
     * the zone of {@code localDay}; 404 when no article names it.
     */
    static PublisherProfile of(
            ArticleIndex index, String name, Paging paging, Function<ListedArticle, LocalDate> localDay) {
        SearchResult page = PublisherListing.articles(index, name, paging);
        List<ListedArticle> latest = PublisherListing.latest(index, name, SAMPLE);
        int groups = 0;
        int originals = 0;
        for (ListedArticle a : latest) {
            if (!a.site().equals(name)) continue; // named as source only
            if (a.duplicateOf().isPresent()) groups++;
            else if (!index.copiesOf(a.id()).isEmpty()) {
                groups++;
                originals++;
            }
        }
        return new PublisherProfile(
                name,
                page.total(),
                latest.size(),
                EntityProfile.stories(index, latest, ListedArticle::storyId, ListedArticle::publishedOrIndexed),
                groups,
                originals,
                perDay(latest, localDay),
                page);
    }

    private static List<DayCount> perDay(List<ListedArticle> articles, Function<ListedArticle, LocalDate> localDay) {
        Map<LocalDate, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        for (ListedArticle a : articles) counts.merge(localDay.apply(a), 1, Integer::sum);
        List<DayCount> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new DayCount(day, count)));
        return days.subList(0, Math.min(DAYS, days.size()));
    }

    /** The share of its copy groups it is the original of, 0 to 1; 0 when it is in none. */
    double originalShare() {
        return copyGroups == 0 ? 0 : (double) originals / copyGroups;
    }
}
