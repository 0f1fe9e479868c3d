package dev.marsad.index;

import dev.marsad.analyze.Section;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over articles. All filters are optional; an empty text with no filter lists the latest
 * articles.
 *
 * @param text the reader's query, any spelling ("قره باخ" also finds "كاراباخ"); may be empty
 * @param from first publication day, inclusive (UTC)
 * @param to last publication day, inclusive (UTC)
 * @param source only articles of this site or original source (facet value)
 * @param tag only articles with this tag key
 * @param entity only articles naming this entity id
 * @param section only articles of this section
 * @param includeCopies whether copies of other articles are listed too
 * @param page the page number, from 1; {@code page × pageSize} at most {@value #MAX_DEPTH}
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param order how hits are ordered; a query without text is always newest first
 * @param words how many of the text's words a hit must hold: every one, or (after every word
 *     required found nothing: {@link ArticleIndex#searchAndSuggest}) most of them
 */
public record SearchQuery(
        String text,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> source,
        Optional<String> tag,
        Optional<String> entity,
        Optional<Section> section,
        boolean includeCopies,
        int page,
        int pageSize,
        Order order,
        Words words) {

    /** How many of the text's words a hit must hold. */
    public enum Words {
        /** Every word of the text (the reader's query syntax: quotes, + and -, | as typed). */
        EVERY,
        /**
         * Two thirds (rounded up) of the words of a text of three plain words or more ({@link
         * ArticleQueries#mostWords}); a text of fewer words, or with query syntax, is searched with
         * every word.
         */
        MOST
    }

    /** How hits are ordered. */
    public enum Order {
        /** Best match first, then newest (a query without text: newest first). */
        RELEVANCE,
        /** Newest publication first. */
        NEWEST,
        /** Oldest publication first: how a story began. */
        OLDEST;

        /** The name a URL or a command line gives ("relevance", "newest", "oldest"). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The order of a URL or command-line key.
         *
         * @throws IllegalArgumentException naming the keys when {@code key} is none of them
         */
        public static Order ofKey(String key) {
            for (Order o : values()) if (o.key().equals(key)) return o;
            throw new IllegalArgumentException("'sort' must be relevance, newest or oldest, got '" + key + "'");
        }
    }

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * The deepest hit a listing pages to ({@code page × pageSize}): Lucene collects every hit up to
     * the page asked for, so deeper paging costs memory for nothing anyone reads.
     */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(words, "words");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw new IllegalArgumentException("'pageSize' must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        checkDepth(page, pageSize);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get()))
            throw new IllegalArgumentException("'from' " + from.get() + " is after 'to' " + to.get());
    }

    /** A query whose hits hold every word of its text. */
    public SearchQuery(
            String text,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            Optional<String> tag,
            Optional<String> entity,
            Optional<Section> section,
            boolean includeCopies,
            int page,
            int pageSize,
            Order order) {
        this(text, from, to, source, tag, entity, section, includeCopies, page, pageSize, order, Words.EVERY);
    }

    /** A query in relevance order (newest first when it has no text). */
    public SearchQuery(
            String text,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Optional<String> source,
            Optional<String> tag,
            Optional<String> entity,
            Optional<Section> section,
            boolean includeCopies,
            int page,
            int pageSize) {
        this(text, from, to, source, tag, entity, section, includeCopies, page, pageSize, Order.RELEVANCE);
    }

    /** A query for text only: first page, 10 hits, copies folded. */
    public static SearchQuery of(String text) {
        return new SearchQuery(
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                1,
                10);
    }

    /**
     * The last page of {@code pageSize} hits a listing pages to: {@value #MAX_DEPTH} / pageSize.
     *
     * @throws IllegalArgumentException when pageSize is below 1
     */
    public static int lastPage(int pageSize) {
        if (pageSize < 1) throw new IllegalArgumentException("'pageSize' must be 1 or more, got " + pageSize);
        return MAX_DEPTH / pageSize;
    }

    /**
     * Checks a page of a listing: from 1 to {@link #lastPage(int)}.
     *
     * @throws IllegalArgumentException naming 'page' when it is out of range
     */
    public static void checkDepth(int page, int pageSize) {
        int last = lastPage(pageSize);
        if (page < 1 || page > last)
            throw new IllegalArgumentException("'page' must be from 1 to " + last + " at " + pageSize
                    + " per page (listings go " + MAX_DEPTH + " deep), got " + page);
    }

    /** This query limited to the articles of this site or original source (a facet value). */
    public SearchQuery withSource(String sourceName) {
        return new SearchQuery(
                text,
                from,
                to,
                Optional.of(sourceName),
                tag,
                entity,
                section,
                includeCopies,
                page,
                pageSize,
                order,
                words);
    }

    public SearchQuery withTag(String tagKey) {
        return new SearchQuery(
                text,
                from,
                to,
                source,
                Optional.of(tagKey),
                entity,
                section,
                includeCopies,
                page,
                pageSize,
                order,
                words);
    }

    /** This query limited to the articles that name the entity with this canonical id. */
    public SearchQuery withEntity(String entityId) {
        return new SearchQuery(
                text,
                from,
                to,
                source,
                tag,
                Optional.of(entityId),
                section,
                includeCopies,
                page,
                pageSize,
                order,
                words);
    }

    public SearchQuery withSection(Section newSection) {
        return new SearchQuery(
                text,
                from,
                to,
                source,
                tag,
                entity,
                Optional.of(newSection),
                includeCopies,
                page,
                pageSize,
                order,
                words);
    }

    /** This query listing copies of other articles too. */
    public SearchQuery withCopies() {
        return new SearchQuery(text, from, to, source, tag, entity, section, true, page, pageSize, order, words);
    }

    /** This query with its hits in {@code newOrder}. */
    public SearchQuery withOrder(Order newOrder) {
        return new SearchQuery(
                text, from, to, source, tag, entity, section, includeCopies, page, pageSize, newOrder, words);
    }

    /** This query with hits that hold {@code newWords} of its text's words. */
    public SearchQuery withWords(Words newWords) {
        return new SearchQuery(
                text, from, to, source, tag, entity, section, includeCopies, page, pageSize, order, newWords);
    }

    public SearchQuery withPage(int newPage, int newPageSize) {
        return new SearchQuery(
                text, from, to, source, tag, entity, section, includeCopies, newPage, newPageSize, order, words);
    }
}
