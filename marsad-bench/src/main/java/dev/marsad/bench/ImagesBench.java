package dev.marsad.bench;

import dev.marsad.media.ImageKind;
import dev.marsad.media.ImageRejected;
import dev.marsad.media.ImageStore;
import dev.marsad.media.StoredImage;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench images}: what keeping an article's pictures costs at ingest, the network left
 * out: the picture cache's work per picture (read the header, decode, scale to the kept widths,
 * encode, write) and the bytes it keeps, for the sizes news sites declare as {@code og:image}. The
 * pictures are drawn here (gradients with noise, which compress like photos), so no data is needed.
 */
@Command(
        name = "images",
        mixinStandardHelpOptions = true,
        description = "Picture cache cost per article at ingest: milliseconds and bytes kept per picture, by size.")
final class ImagesBench implements Callable<Integer> {

    @Option(names = "--pictures", defaultValue = "40", description = "Pictures per size (default: ${DEFAULT-VALUE}).")
    int pictures;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A size a news site declares, and the format it comes in. */
    private record Size(int width, int height, String format, ImageKind kind) {
        String label() {
            return width + "x" + height + " " + format + (kind == ImageKind.ICON ? " (icon)" : "");
        }
    }

    private static final List<Size> SIZES = List.of(
            new Size(1200, 675, "jpeg", ImageKind.PHOTO), // the usual og:image
            new Size(2048, 1365, "jpeg", ImageKind.PHOTO), // a camera-sized lead image
            new Size(800, 450, "png", ImageKind.PHOTO),
            new Size(48, 48, "png", ImageKind.ICON));

    @Override
    public Integer call() throws IOException, ImageRejected {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "picture cache at ingest, %d pictures per size, fetch not counted%n", pictures);
        for (Size size : SIZES) {
            Path root = Files.createTempDirectory("marsad-images-bench");
            try {
                measure(size, ImageStore.open(root), out);
            } finally {
                TempFolder.delete(root);
            }
        }
        return 0;
    }

    private void measure(Size size, ImageStore store, PrintWriter out) throws IOException, ImageRejected {
        var random = new Random(size.width());
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < pictures; i++) inputs.add(draw(size, random));
        store.put(URI.create("https://example.com/warm.jpg"), inputs.getFirst(), size.kind(), Instant.now()); // JIT
        List<Double> millis = new ArrayList<>();
        long inBytes = 0;
        for (int i = 0; i < inputs.size(); i++) {
            long start = System.nanoTime();
            StoredImage image = store.put(
                    URI.create("https://example.com/p" + i + "." + size.format()),
                    inputs.get(i),
                    size.kind(),
                    Instant.now());
            millis.add((System.nanoTime() - start) / 1e6);
            inBytes += inputs.get(i).length;
            if (image.widths().isEmpty()) throw new IllegalStateException("no copies of " + size.label());
        }
        millis.sort(Double::compare);
        double median = millis.get(millis.size() / 2);
        double p90 = millis.get((int) Math.floor(millis.size() * 0.9));
        long keptPerPicture = store.sizeBytes() / (inputs.size() + 1);
        out.printf(
                Locale.ROOT,
                "  %-22s median %6.1f ms, p90 %6.1f ms per picture; fetched %4d KB, kept %3d KB (%s)%n",
                size.label(),
                median,
                p90,
                inBytes / inputs.size() / 1024,
                keptPerPicture / 1024,
                "widths " + size.kind().widths());
    }

    private static byte[] draw(Size size, Random random) throws IOException {
        var image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(
                0,
                0,
                new Color(random.nextInt(0xffffff)),
                size.width(),
                size.height(),
                new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, size.width(), size.height());
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(
                    random.nextInt(size.width()),
                    random.nextInt(size.height()),
                    4 + random.nextInt(40),
                    4 + random.nextInt(40));
        }
        g.dispose();
        for (int n = 0; n < size.width() * size.height() / 8; n++) // grain, as a photo has
        image.setRGB(random.nextInt(size.width()), random.nextInt(size.height()), random.nextInt(0xffffff));
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, size.format(), out);
        return out.toByteArray();
    }
}
