package dev.marsad.web;

import dev.marsad.index.ArticleIndex;
import dev.marsad.index.Story;
import dev.marsad.index.Storyline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The storyline of a story ("ضمن ملف …") and the storyline page, and the related stories of a
 * story, all as the link stage stored them.
 */
final class StorylinePages {

    private final ArticleIndex index;
    private final WebConfig config;
    private final ArabicDateFormat dates;

    StorylinePages(ArticleIndex index, WebConfig config, ArabicDateFormat dates) {
        this.index = index;
        this.config = config;
        this.dates = dates;
    }

    /** The storyline page; 404 when there is no such storyline. */
    ListingPages.StorylinePage storyline(String id) {
        Storyline line =
                index.storyline(id).orElseThrow(() -> RequestRejected.notFound("no storyline with id '" + id + "'"));
        return page(line, "");
    }

    /** The storyline a story belongs to, with that story marked. */
    Optional<ListingPages.StorylinePage> storylineOf(Story story) {
        return index.storylineOf(story.id()).map(line -> page(line, story.id()));
    }

    /** The related stories of a story that still exist (a merged one as the story it went into), without itself. */
    List<Link> related(Story story) {
        var seen = new LinkedHashSet<String>();
        seen.add(story.id());
        var links = new ArrayList<Link>();
        for (String id : story.relatedIds())
            index.story(id)
                    .filter(s -> seen.add(s.id()))
                    .ifPresent(s -> links.add(new Link(SitePaths.story(s.id()), s.title())));
        return links;
    }

    private ListingPages.StorylinePage page(Storyline line, String currentStoryId) {
        var events = new ArrayList<ListingPages.Event>();
        for (Storyline.Entry e : line.stories())
            events.add(new ListingPages.Event(
                    SitePaths.story(e.storyId()),
                    e.title(),
                    period(e.first(), e.last()),
                    e.articles(),
                    e.publishers(),
                    e.storyId().equals(currentStoryId)));
        return new ListingPages.StorylinePage(
                PageChrome.of(config, line.title(), "").withFeeds(SitePaths.storyline(line.id()), ""),
                SitePaths.storyline(line.id()),
                line.title(),
                period(line.first(), line.last()),
                events);
    }

    private String period(Instant first, Instant last) {
        String from = dates.day(first);
        String to = dates.day(last);
        return from.equals(to) ? from : from + " \u2013 " + to;
    }
}
