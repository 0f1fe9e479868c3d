package dev.marsad.web;

import dev.marsad.analyze.Entity;
import dev.marsad.index.ArticleIndex;
import dev.marsad.index.IndexedArticle;
import dev.marsad.index.SearchQuery;
import dev.marsad.index.SearchResult;
import dev.marsad.index.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One entity as the site shows it: its name, type, spellings and roles gathered from the articles
 * that name it, one page of those articles (latest first), and the stories they belong to over
 * time. The index keeps no entity table: an entity is the "entity" facet value of its articles
 * (the canonical id the analyzer gives), and its name comes from them, as a tag's does.
 *
 * @param id the canonical id ("per:برويز-مشرف", "loc:nagorno-karabakh")
 * @param name the display name, as the latest article names it
 * @param type its type
 * @param variants every spelling the sampled articles use, then known aliases
 * @param roles titles and roles the articles give a person ("الرئيس الباكستاني")
 * @param articleCount how many articles name it, copies included
 * @param stories the stories of the sampled articles, latest first
 * @param articles the requested page of its articles
 */
record EntityProfile(
        String id,
        String name,
        Entity.Type type,
        List<String> variants,
        List<String> roles,
        long articleCount,
        List<StoryLine> stories,
        SearchResult articles) {

    /** How many of the latest articles are read for the spellings, roles and stories. */
    static final int SAMPLE = SearchQuery.MAX_PAGE_SIZE;

    /**
     * A story that names the entity.
     *
     * @param id the story id
     * @param title its headline
     * @param articles how many of the sampled articles naming the entity are in it
     * @param first publication time of the earliest of them
     * @param last publication time of the latest of them
     */
    record StoryLine(String id, String title, int articles, Instant first, Instant last) {}

    /** The profile of entity {@code id} with page {@code paging} of its articles; 404 when no article names it. */
    static EntityProfile of(ArticleIndex index, String id, Paging paging) {
        SearchQuery query = SearchQuery.of("").withEntity(id);
        SearchResult page = index.search(query.withPage(paging.page(), paging.pageSize()));
        if (page.total() == 0) throw RequestRejected.notFound("no article names the entity '" + id + "'");
        // whole records: the entity's spellings and roles are in the articles' entities, not in their cards
        List<IndexedArticle> articles = index.searchArticles(query.withPage(1, SAMPLE));
        var variants = new ArrayList<String>();
        var roles = new ArrayList<String>();
        Entity named = null;
        for (IndexedArticle a : articles) {
            Optional<Entity> e = a.analyzed().entities().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst();
            if (e.isEmpty()) continue;
            if (named == null) named = e.get();
            e.get().variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
            e.get().roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        }
        if (named == null) throw RequestRejected.notFound("no article names the entity '" + id + "'");
        return new EntityProfile(
                id,
                named.name(),
                named.type(),
                variants,
                roles,
                page.total(),
                stories(
                        index,
                        articles,
                        IndexedArticle::storyId,
                        a -> a.analyzed().article().published().orElse(a.indexedAt())),
                page);
    }

    /** The stories of {@code articles}, each with how many of them it has and their first and last time; latest first. */
    static <A> List<StoryLine> stories(
            ArticleIndex index, List<A> articles, Function<A, String> storyOf, Function<A, Instant> timeOf) {
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        for (A a : articles)
            times.computeIfAbsent(storyOf.apply(a), s -> new ArrayList<>()).add(timeOf.apply(a));
        var lines = new ArrayList<StoryLine>();
        times.forEach((storyId, when) -> {
            Optional<Story> story = index.story(storyId);
            if (story.isEmpty()) return;
            Instant first = when.stream().min(Comparator.naturalOrder()).orElseThrow();
            Instant last = when.stream().max(Comparator.naturalOrder()).orElseThrow();
            lines.add(new StoryLine(storyId, story.get().title(), when.size(), first, last));
        });
        lines.sort(Comparator.comparing(StoryLine::last).reversed());
        return lines;
    }

    /** The Arabic name of an entity type: شخص، مكان، منظمة. */
    static String typeName(Entity.Type type) {
        return switch (type) {
            case PER -> "\u0634\u062E\u0635";
            case LOC -> "\u0645\u0643\u0627\u0646";
            case ORG -> "\u0645\u0646\u0638\u0645\u0629";
        };
    }
}
