package dev.marsad.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * The demo publishers' pictures, drawn with Java2D when the newsroom starts: a lead image per article
 * (a landscape in its section's colours; a republished copy shows its original's picture, as agency
 * photos travel with the text) and a site icon. Nothing is read from elsewhere; the same article
 * always gets the same picture, so the sites' ETags stay put across restarts.
 */
final class DemoPictures {

    /** The size an article's picture is published in: 16:9, as news sites crop them. */
    static final int WIDTH = 960;

    static final int HEIGHT = 540;

    /** A site icon's size. */
    static final int ICON = 64;

    static final String JPEG = "image/jpeg";

    static final String PNG = "image/png";

    /** Sky and land colours by section; others get the last pair. */
    private static final Map<String, Color[]> PALETTES = Map.of(
            "world", new Color[] {new Color(0x2c5d8f), new Color(0x8fb8de), new Color(0x4a6b3a)},
            "arab", new Color[] {new Color(0xc9822b), new Color(0xf2d49b), new Color(0xb8864b)},
            "economy", new Color[] {new Color(0x1e4d4b), new Color(0x9fd3c7), new Color(0x385f71)},
            "sports", new Color[] {new Color(0x2e7d32), new Color(0xc5e1a5), new Color(0x33691e)},
            "local", new Color[] {new Color(0x6a4c93), new Color(0xd7c3f0), new Color(0x8a6f4d)},
            "health", new Color[] {new Color(0x00838f), new Color(0xb2ebf2), new Color(0x4e7d5b)},
            "tech", new Color[] {new Color(0x283593), new Color(0x9fa8da), new Color(0x37474f)});

    private static final Color[] OTHER = {new Color(0x455a64), new Color(0xcfd8dc), new Color(0x5d6d4e)};

    private DemoPictures() {}

    /**
     * The pictures of every article of {@code site}, by the path {@code path} gives each, at {@code
     * width} pixels (the height in proportion); none when the site leaves them out.
     */
    static Map<String, StaticResource> photos(SiteArticles site, Function<CorpusEntry, String> path, int width) {
        Map<String, StaticResource> photos = new HashMap<>();
        if (site.pictures() == SiteArticles.Pictures.LEFT_OUT) return photos;
        for (CorpusEntry entry : site.newestFirst())
            photos.put(
                    path.apply(entry),
                    StaticResource.of(
                            200, JPEG, photo(entry, width), entry.published().toInstant()));
        return photos;
    }

    /** The lead image of {@code entry}, {@code width} pixels wide, as JPEG. */
    static byte[] photo(CorpusEntry entry, int width) {
        String seed = entry.copyOf().orElse(entry.id());
        return encode(landscape(seed, PALETTES.getOrDefault(entry.section(), OTHER), width), "jpeg");
    }

    /** A site-wide picture (the one a site gives when a page has none of its own), as JPEG. */
    static byte[] siteDefault(String siteId, Color colour) {
        return encode(landscape(siteId, new Color[] {colour, colour.brighter(), colour.darker()}, WIDTH), "jpeg");
    }

    /** The site icon of a demo site at {@code /favicon.ico}: a PNG, as many sites serve under that name. */
    static StaticResource favicon(Color colour, java.time.Instant modified) {
        return StaticResource.of(200, PNG, icon(colour), modified);
    }

    /** A site's icon: a rounded square in its colour with a white crescent, as PNG. */
    static byte[] icon(Color colour) {
        var image = new BufferedImage(ICON, ICON, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(colour);
        g.fillRoundRect(0, 0, ICON, ICON, 16, 16);
        g.setColor(Color.WHITE);
        g.fillOval(12, 12, 40, 40);
        g.setColor(colour);
        g.fillOval(22, 8, 38, 38);
        g.dispose();
        return encode(image, "png");
    }

    /** Sky, sun, hills and a skyline, placed by a random generator seeded with {@code seed}. */
    private static BufferedImage landscape(String seed, Color[] palette, int width) {
        int height = width * HEIGHT / WIDTH;
        var random = new Random(seed.hashCode());
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, palette[0], 0, height, palette[1]));
        g.fillRect(0, 0, width, height);
        int sun = height / 5 + random.nextInt(height / 6);
        g.setColor(new Color(255, 244, 214, 220));
        g.fillOval(random.nextInt(width - sun), height / 10 + random.nextInt(height / 5), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            Color land = mix(palette[2], palette[0], layer / 3f);
            g.setColor(land);
            g.fillPolygon(hills(random, width, height, height / 2 + layer * height / 8));
        }
        g.setColor(mix(palette[2], Color.BLACK, .45f));
        int x = random.nextInt(width / 3);
        while (x < width) {
            int w = width / 30 + random.nextInt(width / 18);
            int h = height / 10 + random.nextInt(height / 4);
            g.fillRect(x, height - h, w, h);
            x += w + random.nextInt(width / 12);
        }
        g.setStroke(new BasicStroke(Math.max(1, width / 240f)));
        g.setColor(new Color(255, 255, 255, 90));
        g.drawLine(0, height - height / 12, width, height - height / 12);
        g.dispose();
        return image;
    }

    private static Polygon hills(Random random, int width, int height, int base) {
        var hills = new Polygon();
        hills.addPoint(0, height);
        int steps = 6;
        for (int i = 0; i <= steps; i++)
            hills.addPoint(i * width / steps, base - random.nextInt(Math.max(1, height / 6)));
        hills.addPoint(width, height);
        return hills;
    }

    private static Color mix(Color a, Color b, float share) {
        return new Color(
                Math.round(a.getRed() * (1 - share) + b.getRed() * share),
                Math.round(a.getGreen() * (1 - share) + b.getGreen() * share),
                Math.round(a.getBlue() * (1 - share) + b.getBlue() * share));
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a demo picture as " + format, e);
        }
        return out.toByteArray();
    }
}
