package dev.marsad.extract;

import dev.marsad.arabic.text.DisplayText;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The last step of extraction: every text of the article goes through {@link DisplayText#clean}
 * (control characters, bidi overrides and unbalanced isolates out), and every link that is not an
 * absolute http(s) URL with a host ({@link WebLink}) is dropped, so that no {@code javascript:}, {@code data:} or
 * {@code vbscript:} URL taken from a page reaches the index, the API or the site. A canonical URL
 * that fails falls back to the page's own URL.
 */
final class ArticleScrubber {

    private ArticleScrubber() {}

    /**
     * {@code article} with clean texts and only web links.
     *
     * @throws IllegalArgumentException when the title is nothing but removed characters (the
     *     extractor cleans the title before it builds the article, so it never passes such a one)
     */
    static Article scrub(Article a) {
        return new Article(
                a.url(),
                web(a.canonicalUrl()).orElse(a.url()),
                DisplayText.clean(a.title()),
                a.subtitle().map(ArticleScrubber::text).filter(s -> !s.isBlank()),
                a.published(),
                a.publishedPrecision(),
                a.modified(),
                texts(a.authors()),
                a.image()
                        .flatMap(i ->
                                web(i.url()).map(u -> new Image(u, i.caption().map(ArticleScrubber::text)))),
                a.section().map(ArticleScrubber::text).filter(s -> !s.isBlank()),
                a.siteName().map(ArticleScrubber::text).filter(s -> !s.isBlank()),
                text(a.language()),
                a.body().stream()
                        .map(ArticleScrubber::block)
                        .filter(b -> !b.text().isBlank())
                        .toList(),
                a.source().map(ArticleScrubber::text).filter(s -> !s.isBlank()),
                texts(a.tags()),
                a.relatedLinks().stream()
                        .filter(r -> !text(r.title()).isBlank())
                        .map(r -> new RelatedLink(text(r.title()), r.url().flatMap(ArticleScrubber::web)))
                        .toList(),
                a.embeds().stream().map(ArticleScrubber::embed).toList(),
                a.teasers().stream()
                        .map(t -> new Teaser(
                                text(t.title()),
                                text(t.text()),
                                t.url().flatMap(ArticleScrubber::web),
                                t.source().map(ArticleScrubber::text)))
                        .toList());
    }

    private static Optional<URI> web(URI uri) {
        return WebLink.of(uri);
    }

    private static String text(String s) {
        return DisplayText.clean(s);
    }

    private static List<String> texts(List<String> values) {
        return values.stream().map(DisplayText::clean).filter(s -> !s.isBlank()).toList();
    }

    private static Block block(Block block) {
        return switch (block) {
            case Block.Paragraph p -> new Block.Paragraph(text(p.text()));
            case Block.Heading h -> new Block.Heading(h.level(), text(h.text()));
            case Block.Quote q -> new Block.Quote(text(q.text()));
            case Block.ListBlock l -> new Block.ListBlock(l.ordered(), texts(l.items()));
            case Block.Table t ->
                new Block.Table(t.rows().stream()
                        .map(row -> row.stream().map(DisplayText::clean).toList())
                        .toList());
        };
    }

    private static Embed embed(Embed e) {
        return new Embed(
                e.platform(),
                e.author().map(ArticleScrubber::text),
                e.handle().map(ArticleScrubber::text),
                e.date(),
                text(e.text()),
                e.url().flatMap(ArticleScrubber::web),
                e.afterBlocks());
    }
}
