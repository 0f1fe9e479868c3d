package dev.marsad.web;

import java.util.List;
import java.util.Objects;

/**
 * The model of an entity's page ({@code /entity/{id}}; public for the template).
 *
 * @param chrome shared page parts
 * @param name the entity's name
 * @param type its type in Arabic (شخص، مكان، منظمة)
 * @param variants its other spellings, joined for display ("" when none)
 * @param roles its titles and roles, joined for display ("" when none)
 * @param articleCount how many articles name it
 * @param stories the stories that name it, latest first
 * @param days this page of its articles, grouped by day, latest first
 * @param pager paging links
 */
public record EntityPage(
        PageChrome chrome,
        String name,
        String type,
        String variants,
        String roles,
        long articleCount,
        List<StoryLink> stories,
        List<ListingPages.Day> days,
        Pager pager) {

    public EntityPage {
        Objects.requireNonNull(chrome, "chrome");
        stories = List.copyOf(stories);
        days = List.copyOf(days);
    }

    /**
     * A story that names the entity.
     *
     * @param href the story page
     * @param title its headline
     * @param articles how many of its articles name the entity
     * @param period the first and last day they were published, in Arabic
     */
    public record StoryLink(String href, String title, int articles, String period) {}
}
