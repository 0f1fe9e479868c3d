package dev.marsad.index;

import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import java.util.Optional;

/**
 * The lead a listed article shows under its title ({@link ListedArticle#lead()}), computed once when
 * the article is stored: the article's lead in a line or two. The subtitle when the page gave one, else
 * the first paragraph; a lead that repeats the title is skipped, and one that starts with it loses
 * it. Cut at a word to at most {@link #MAX_CHARS} characters, with an ellipsis when cut. A change of
 * these rules must bump {@link ListedArticle#CARD_VERSION}, so that stored cards are made again from
 * their records.
 */
final class CardLead {

    /** The longest snippet: two lines of a phone's card. */
    static final int MAX_CHARS = 180;

    /** A lead shorter than this says nothing a headline does not ("عاجل", a dateline). */
    static final int MIN_CHARS = 25;

    private static final String ELLIPSIS = "\u2026";

    private CardLead() {}

    /** The snippet of {@code article} shown under {@code title}; "" when it has no lead worth showing. */
    static String of(Article article, String title) {
        String shownTitle = clean(title);
        Optional<String> subtitle = article.subtitle().map(CardLead::clean);
        var leads = java.util.stream.Stream.concat(
                subtitle.stream(),
                article.body().stream()
                        .filter(b -> b instanceof Block.Paragraph)
                        .map(b -> clean(((Block.Paragraph) b).text())));
        return leads.map(lead -> withoutTitle(lead, shownTitle))
                .filter(lead -> lead.length() >= MIN_CHARS)
                .findFirst()
                .map(CardLead::shorten)
                .orElse("");
    }

    private static String withoutTitle(String lead, String title) {
        if (title.isEmpty() || !lead.startsWith(title)) return lead;
        // the title again, then punctuation and spaces before the text goes on
        return lead.substring(title.length()).replaceFirst("^[\\s\\p{Punct}\u060C\u061B\u2013\u2014]+", "");
    }

    static String shorten(String text) {
        if (text.length() <= MAX_CHARS) return text;
        int cut = text.lastIndexOf(' ', MAX_CHARS - ELLIPSIS.length());
        if (cut < MAX_CHARS / 2) cut = MAX_CHARS - ELLIPSIS.length();
        return text.substring(0, cut).stripTrailing().replaceFirst("[\\p{Punct}\u060C\u061B]+$", "") + ELLIPSIS;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
