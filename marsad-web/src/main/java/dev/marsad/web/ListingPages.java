package dev.marsad.web;

import java.util.List;
import java.util.Objects;

/** The models of the reader pages that list stories or articles (public for the templates). */
public final class ListingPages {

    private ListingPages() {}

    /**
     * The home page: the latest stories.
     *
     * @param chrome shared page parts
     * @param stories the stories, latest first
     * @param pager paging links
     */
    public record Home(PageChrome chrome, List<StoryCard> stories, Pager pager) {
        public Home {
            Objects.requireNonNull(chrome, "chrome");
            stories = List.copyOf(stories);
        }
    }

    /**
     * A story in a listing.
     *
     * @param href the story page
     * @param title the story's headline
     * @param publisherCount how many sites published it
     * @param articleCount how many articles it has, copies included
     * @param lead the lead article (the story's earliest canonical one)
     * @param updated the day of its latest article, in Arabic
     * @param tags its most common tags
     * @param storyline the storyline it belongs to ("ضمن ملف …"), if any
     */
    public record StoryCard(
            String href,
            String title,
            int publisherCount,
            int articleCount,
            ArticleCard lead,
            String updated,
            List<Link> tags,
            java.util.Optional<Link> storyline) {
        public StoryCard {
            tags = List.copyOf(tags);
            Objects.requireNonNull(storyline, "storyline");
        }
    }

    /**
     * A story page: its articles day by day.
     *
     * @param chrome shared page parts
     * @param title the story's headline
     * @param period first and last day in Arabic
     * @param publishers the sites that published it, linking to their pages
     * @param tags its tags
     * @param entities its main people, organisations and places, linking to their pages
     * @param days its articles grouped by day, oldest first
     * @param storyline the arc it belongs to, with its events in order, if any
     * @param related other stories to read next, as the link stage chose them
     */
    public record StoryPage(
            PageChrome chrome,
            String title,
            String period,
            List<Link> publishers,
            List<Link> tags,
            List<Link> entities,
            List<Day> days,
            java.util.Optional<StorylinePage> storyline,
            List<Link> related) {
        public StoryPage {
            publishers = List.copyOf(publishers);
            tags = List.copyOf(tags);
            entities = List.copyOf(entities);
            days = List.copyOf(days);
            Objects.requireNonNull(storyline, "storyline");
            related = List.copyOf(related);
        }
    }

    /**
     * A storyline: its stories (events) in the order they began.
     *
     * @param chrome shared page parts
     * @param href the storyline page
     * @param title its headline
     * @param period first and last day in Arabic
     * @param events its stories, earliest first
     */
    public record StorylinePage(PageChrome chrome, String href, String title, String period, List<Event> events) {
        public StorylinePage {
            Objects.requireNonNull(chrome, "chrome");
            events = List.copyOf(events);
        }
    }

    /**
     * One story of a storyline.
     *
     * @param href its page
     * @param title its headline
     * @param period its first and last day in Arabic
     * @param articleCount how many articles tell it
     * @param publisherCount how many sites
     * @param current whether it is the story whose page shows the storyline
     */
    public record Event(
            String href, String title, String period, int articleCount, int publisherCount, boolean current) {}

    /** One day of a story's timeline. */
    public record Day(String date, String isoDate, List<ArticleCard> articles) {
        public Day {
            articles = List.copyOf(articles);
        }
    }

    /**
     * A page listing articles under a heading: a tag or a section.
     *
     * @param chrome shared page parts
     * @param heading what the articles have in common
     * @param note a line under the heading ("" for none), e.g. the tag's spellings
     * @param articles the articles, latest first
     * @param pager paging links
     */
    public record Articles(PageChrome chrome, String heading, String note, List<ArticleCard> articles, Pager pager) {
        public Articles {
            articles = List.copyOf(articles);
        }
    }

    /**
     * The tag index: one page of all tags, most used first, with their article counts.
     *
     * @param chrome shared page parts
     * @param tags this page's tags
     * @param total how many tags there are
     * @param pager paging links
     */
    public record Tags(PageChrome chrome, List<FacetLink> tags, long total, Pager pager) {
        public Tags {
            tags = List.copyOf(tags);
            Objects.requireNonNull(pager, "pager");
        }
    }

    /** A facet value as a link that filters on it, with its count. */
    public record FacetLink(String href, String label, long count, boolean selected) {}

    /**
     * An error page, in Arabic whatever the error: the template words each status, the developer's
     * English detail is never shown.
     *
     * @param chrome shared page parts
     * @param status the HTTP status
     * @param parameter the request parameter that was wrong, for a 400 ("" when not known)
     * @param page the page asked for past a listing's end, for a 404 (0 otherwise)
     * @param pageCount how many pages that listing has
     * @param lastHref the listing's last page ("" when not a page past the end)
     */
    public record ErrorPage(
            PageChrome chrome, int status, String parameter, int page, long pageCount, String lastHref) {

        /** Whether this is a page of a listing past its last page. */
        public boolean isPastEnd() {
            return page > 0;
        }
    }
}
