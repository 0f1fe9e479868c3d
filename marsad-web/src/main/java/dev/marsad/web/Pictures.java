package dev.marsad.web;

import dev.marsad.extract.Article;
import dev.marsad.extract.Image;
import dev.marsad.media.ArticleImages;
import dev.marsad.media.ImageStore;
import dev.marsad.media.StoredImage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pictures the pages show, read from the data folder's picture cache ({@link ImageStore}, filled
 * at ingest) and served from {@code /img/}: a card's thumbnail, an article's lead image and a
 * publisher's icon. A picture the cache does not have is not shown at all (no broken icon); a
 * publisher without an icon gets a monogram.
 */
final class Pictures {

    /** Where the copies are served: {@code /img/<hash>-<width>.<jpg|png>}. */
    static final String PATH = "/img/";

    /** Copies are content-addressed: a name always means the same bytes. */
    static final String CACHE = "public, max-age=31536000, immutable";

    /** A card's thumbnail is shown this wide (CSS pixels). */
    static final int THUMBNAIL_WIDTH = 160;

    /** An article's lead image is shown at most this wide: the text column. */
    static final int LEAD_WIDTH = 640;

    /** A publisher's icon is shown this wide and high. */
    static final int ICON_SIZE = 16;

    private final Optional<ImageStore> store;

    /** @param store the picture cache, or none: then no page shows a picture */
    Pictures(Optional<ImageStore> store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH + "{name}", this::serve);
    }

    private void serve(Context ctx) {
        Path file = store.flatMap(s -> s.file(ctx.pathParam("name")))
                .orElseThrow(() -> RequestRejected.notFound("no picture '" + ctx.pathParam("name") + "'"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the picture " + file + ": " + e.getMessage(), e);
        }
        ctx.header("Cache-Control", CACHE);
        ctx.contentType(file.toString().endsWith(".png") ? "image/png" : "image/jpeg")
                .result(bytes);
    }

    /** Whether there is a picture cache at all (without one, no page shows a picture). */
    boolean isKept() {
        return store.isPresent();
    }

    /** The thumbnail of a card: its lead image, when kept; its alt text the caption, else the title. */
    Optional<Picture> thumbnail(Optional<Image> image, String title) {
        return picture(image, title, THUMBNAIL_WIDTH);
    }

    /** The lead image of an article page, when kept. */
    Optional<Picture> lead(Article article, String title) {
        return picture(article.image(), title, LEAD_WIDTH);
    }

    /**
     * The copy of an article's lead image that the API and the feeds point at (the one an article
     * page shows, at most {@link #LEAD_WIDTH} wide), when kept; none when Marsad has not fetched the
     * picture, so that nothing sends a reader's browser or feed reader to the publisher's host.
     */
    Optional<LeadCopy> leadCopy(Article article) {
        return article.image()
                .flatMap(image -> store.flatMap(s -> s.find(image.url()).flatMap(stored -> {
                    int width = stored.widthFor(Math.min(LEAD_WIDTH, stored.width()));
                    String name = stored.fileName(width);
                    return s.file(name)
                            .flatMap(Pictures::size)
                            .map(bytes -> new LeadCopy(
                                    PATH + name, stored.format().mediaType(), bytes, width, stored.heightAt(width)));
                })));
    }

    /**
     * A kept copy of a lead image.
     *
     * @param href its path on Marsad ({@code /img/<hash>-<width>.jpg})
     * @param mediaType its Content-Type ("image/jpeg", "image/png")
     * @param bytes its size, which an RSS enclosure must state
     * @param width its width in pixels
     * @param height its height in pixels
     */
    record LeadCopy(String href, String mediaType, long bytes, int width, int height) {}

    /** The size of a kept copy; empty when it is gone (evicted from a full store since it was found). */
    private static Optional<Long> size(Path file) {
        try {
            return Optional.of(Files.size(file));
        } catch (IOException evicted) {
            return Optional.empty();
        }
    }

    private Optional<Picture> picture(Optional<Image> lead, String title, int shownWidth) {
        return lead.flatMap(image -> store.flatMap(s -> s.find(image.url()))
                .map(stored -> picture(stored, shownWidth, image.caption().orElse(title))));
    }

    /** The publisher of {@code article} with its icon, or its monogram. */
    PublisherMark publisher(Article article, String name) {
        return publisher(article.url(), name);
    }

    /** The publisher of the article at {@code url} with its icon (its host's), or its monogram. */
    PublisherMark publisher(URI articleUrl, String name) {
        String href = SitePaths.publisher(name);
        PublisherMark mark = PublisherMark.monogram(name, href);
        Optional<Picture> icon = ArticleImages.siteIcon(articleUrl)
                .flatMap(url -> store.flatMap(s -> s.find(url)))
                .map(stored -> picture(stored, ICON_SIZE, ""));
        return icon.isEmpty() ? mark : new PublisherMark(name, href, icon, mark.letter(), mark.tone());
    }

    /**
     * The picture shown {@code shownWidth} wide (narrower when the picture itself is), its source the
     * copy at least that wide, with every copy in the srcset.
     */
    private static Picture picture(StoredImage stored, int shownWidth, String alt) {
        int width = Math.min(shownWidth, stored.width());
        int height = Math.max(1, (int) Math.round((double) stored.height() * width / stored.width()));
        String srcset = stored.widths().stream()
                .map(w -> PATH + stored.fileName(w) + " " + w + "w")
                .collect(Collectors.joining(", "));
        return new Picture(PATH + stored.fileName(stored.widthFor(width)), srcset, width, height, alt);
    }
}
