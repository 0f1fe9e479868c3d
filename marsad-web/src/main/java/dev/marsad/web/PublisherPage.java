package dev.marsad.web;

import java.util.List;
import java.util.Objects;

/**
 * The model of a publisher's page ({@code /publisher/{name}}; public for the template).
 *
 * @param chrome shared page parts, with the publisher's feeds
 * @param publisher its name, icon or monogram
 * @param articleCount how many articles it published or is named the source of
 * @param sampled how many of its latest articles the figures were read from
 * @param copyGroups how many of those it published are in a copy group
 * @param originals how many of those it is the original of
 * @param originalPercent that share in whole percent
 * @param perDay its articles per day, latest first
 * @param busiestDay the most articles of one of those days (the meters' scale)
 * @param stories the stories of its latest articles, latest first
 * @param articles this page of its articles, latest first
 * @param pager paging links
 */
public record PublisherPage(
        PageChrome chrome,
        PublisherMark publisher,
        long articleCount,
        int sampled,
        int copyGroups,
        int originals,
        long originalPercent,
        List<DayCount> perDay,
        int busiestDay,
        List<EntityPage.StoryLink> stories,
        List<ArticleCard> articles,
        Pager pager) {

    public PublisherPage {
        Objects.requireNonNull(chrome, "chrome");
        Objects.requireNonNull(publisher, "publisher");
        perDay = List.copyOf(perDay);
        stories = List.copyOf(stories);
        articles = List.copyOf(articles);
        Objects.requireNonNull(pager, "pager");
    }

    /**
     * A day's count of articles.
     *
     * @param date the day in Arabic
     * @param isoDate the day, ISO-8601
     * @param count how many articles that day
     */
    public record DayCount(String date, String isoDate, int count) {}
}
