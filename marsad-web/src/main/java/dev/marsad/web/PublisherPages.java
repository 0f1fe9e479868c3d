package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.ListedArticle;
import dev.marsad.index.SearchResult;
import java.time.LocalDate;
import java.util.List;

/** Builds a publisher's page from its {@link PublisherProfile}. */
final class PublisherPages {

    private final ArticleIndex index;
    private final WebConfig config;
    private final Cards cards;

    /** @param cards the reader's date format and the site's pictures */
    PublisherPages(ArticleIndex index, WebConfig config, Cards cards) {
        this.index = index;
        this.config = config;
        this.cards = cards;
    }

    /** The page of publisher {@code name}; 404 when no article names it. */
    PublisherPage publisher(String name, Paging paging) {
        ArabicDateFormat dates = cards.dates();
        PublisherProfile profile = PublisherProfile.of(index, name, paging, a -> localDay(dates, a));
        String path = SitePaths.publisher(name);
        List<SearchResult.Hit> hits = profile.articles().hits();
        List<PublisherPage.DayCount> perDay = profile.perDay().stream()
                .map(d -> new PublisherPage.DayCount(dates.day(d.day()), d.day().toString(), d.count()))
                .toList();
        return new PublisherPage(
                PageChrome.of(config, name, "").withFeeds(path, ""),
                // its icon is its own site's: an article that only names it as the source is on another host
                hits.stream()
                        .map(SearchResult.Hit::article)
                        .filter(a -> a.site().equals(name))
                        .findFirst()
                        .map(a -> cards.pictures().publisher(a.url(), name))
                        .orElseGet(() -> PublisherMark.monogram(name, path)),
                profile.articleCount(),
                profile.sampled(),
                profile.copyGroups(),
                profile.originals(),
                Math.round(profile.originalShare() * 100),
                perDay,
                perDay.stream().mapToInt(PublisherPage.DayCount::count).max().orElse(0),
                profile.stories().stream()
                        .map(s -> new EntityPage.StoryLink(
                                SitePaths.story(s.id()), s.title(), s.articles(), EntityPages.period(dates, s)))
                        .toList(),
                hits.stream().map(h -> cards.of(h.article())).toList(),
                Pager.of(paging, profile.articles().pageCount(), ReaderPages.pageHref(path)));
    }

    static LocalDate localDay(ArabicDateFormat dates, ListedArticle a) {
        return dates.localDay(a.publishedOrIndexed(), a.publishedPrecision());
    }
}
