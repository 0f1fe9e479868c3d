package dev.marsad.demo;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The articles of one site with their paths, and the choices every layout needs: latest, by
 * section, related reading, a teaser of another story, a "most read" list.
 */
final class SiteArticles {

    /** Smallest article number; numbers look like a running site's and stay clear of stale ids. */
    private static final int FIRST_NUMBER = 10_000;

    /** How many article numbers there are; an id's hash picks one, so URLs survive corpus edits. */
    private static final int NUMBER_RANGE = 90_000;

    private final PublisherSite site;
    private final URI base;
    private final DemoCorpus corpus;
    private final Map<String, String> publisherNames;
    private final List<CorpusEntry> newestFirst;
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Pictures pictures;

    /** Whether the site serves its articles' pictures. */
    enum Pictures {
        /** Drawn and served, as a publisher's site does. */
        DRAWN,
        /** Left out: the pages still name them, for callers that read the pages only (benchmarks). */
        LEFT_OUT
    }

    SiteArticles(PublisherSite site, URI base, DemoCorpus corpus, Map<String, String> publisherNames) {
        this(
                site,
                base,
                corpus,
                publisherNames,
                entry -> FIRST_NUMBER + Math.floorMod(entry.id().hashCode(), NUMBER_RANGE),
                Pictures.DRAWN);
    }

    /**
     * As above, each article numbered by {@code number} (the next free number where two articles
     * would share one): numbers given by the caller keep URLs apart across several renderings.
     */
    SiteArticles(
            PublisherSite site,
            URI base,
            DemoCorpus corpus,
            Map<String, String> publisherNames,
            ToIntFunction<CorpusEntry> number,
            Pictures pictures) {
        this.site = site;
        this.pictures = pictures;
        this.base = base;
        this.corpus = corpus;
        this.publisherNames = Map.copyOf(publisherNames);
        List<CorpusEntry> own = corpus.entries().stream()
                .filter(e -> e.publisher().equals(site.id()))
                .toList();
        Set<Integer> taken = new java.util.HashSet<>();
        for (CorpusEntry entry : own) {
            int free = number.applyAsInt(entry);
            while (!taken.add(free)) free = FIRST_NUMBER + (free - FIRST_NUMBER + 1) % NUMBER_RANGE;
            paths.put(entry.id(), site.articlePath(entry, free));
        }
        this.newestFirst = own.reversed();
    }

    URI base() {
        return base;
    }

    Pictures pictures() {
        return pictures;
    }

    String siteName() {
        return site.name();
    }

    /** The site's articles, newest first. */
    List<CorpusEntry> newestFirst() {
        return newestFirst;
    }

    /** The path of one of this site's articles. */
    String path(CorpusEntry entry) {
        String path = paths.get(entry.id());
        if (path == null) throw new IllegalArgumentException("article " + entry.id() + " is not on site " + site.id());
        return path;
    }

    /** The absolute URL of one of this site's articles. */
    URI url(CorpusEntry entry) {
        return base.resolve(path(entry).substring(1));
    }

    /** Section ids in use on this site, in order of first appearance among the newest. */
    List<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        newestFirst.forEach(e -> sections.add(e.section()));
        return List.copyOf(sections);
    }

    /** The site's articles of one section, newest first. */
    List<CorpusEntry> inSection(String section) {
        return newestFirst.stream().filter(e -> e.section().equals(section)).toList();
    }

    /**
     * Related reading for an article: the ids its file names when they are on this site, else the
     * earlier articles of the same story, then of the same section, newest first.
     */
    List<CorpusEntry> related(CorpusEntry entry, int max) {
        List<CorpusEntry> chosen = new ArrayList<>();
        entry.relatedIds().stream().map(this::own).flatMap(Optional::stream).forEach(chosen::add);
        if (chosen.isEmpty()) {
            // only earlier articles: the block was written with the article and cannot name later ones
            List<CorpusEntry> earlier = newestFirst.stream()
                    .filter(e -> e.published().isBefore(entry.published()))
                    .toList();
            earlier.stream().filter(e -> e.story().equals(entry.story())).forEach(chosen::add);
            earlier.stream().filter(e -> e.section().equals(entry.section())).forEach(chosen::add);
        }
        return chosen.stream()
                .filter(e -> !e.id().equals(entry.id()))
                .distinct()
                .limit(max)
                .toList();
    }

    /**
     * The teasers shown under an article, at most {@code max}: the one its file names first, then
     * the newest articles of other stories (the block is rebuilt as the site publishes, so it may
     * announce later articles).
     */
    List<CorpusEntry> teasers(CorpusEntry entry, int max) {
        List<CorpusEntry> chosen = new ArrayList<>();
        entry.teaserId().flatMap(this::own).ifPresent(chosen::add);
        newestFirst.stream()
                .filter(e -> !e.story().equals(entry.story()))
                .filter(e -> chosen.stream().noneMatch(c -> c.story().equals(e.story())))
                .limit(Math.max(0, max - chosen.size()))
                .forEach(chosen::add);
        return List.copyOf(chosen);
    }

    /** A fixed "most read" list: a spread over the site's articles, not the latest ones. */
    List<CorpusEntry> mostRead(int max) {
        return newestFirst.stream()
                .sorted(Comparator.comparing((CorpusEntry e) -> Integer.rotateLeft(e.id().hashCode(), 7)))
                .limit(max)
                .toList();
    }

    /** The publisher a page names as source: a copy's original publisher, or an original's credit. */
    Optional<String> sourceName(CorpusEntry entry) {
        return entry.copyOf()
                .flatMap(corpus::find)
                .map(o -> publisherNames.getOrDefault(o.publisher(), o.publisher()))
                .or(entry::credit);
    }

    /** The newest publication instant, for listings and feeds. */
    Instant lastModified() {
        return newestFirst.isEmpty()
                ? Instant.EPOCH
                : newestFirst.getFirst().published().toInstant();
    }

    /** The expectations of every article of this site. */
    List<DemoArticle> demoArticles(Set<PageTrait> traits) {
        return newestFirst.reversed().stream()
                .map(e -> new DemoArticle(
                        e.id(),
                        e.publisher(),
                        e.story(),
                        e.section(),
                        url(e),
                        e.title(),
                        e.published(),
                        e.paragraphs(),
                        e.tags(),
                        e.copyOf(),
                        traits.contains(PageTrait.SOURCE_LINE) ? sourceName(e) : Optional.empty(),
                        traits.contains(PageTrait.EMBEDDED_POST) && e.tweet().isPresent()))
                .toList();
    }

    private Optional<CorpusEntry> own(String id) {
        return paths.containsKey(id) ? corpus.find(id) : Optional.empty();
    }
}
