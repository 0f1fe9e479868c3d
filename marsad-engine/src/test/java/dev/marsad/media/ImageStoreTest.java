package dev.marsad.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 15, part 1: lead images kept in a bounded, content-addressed cache that survives restarts. */
class ImageStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void scalesAPhotoToTheWidthsNoWiderThanItKeepingItsProportions() throws Exception {
        ImageStore store = ImageStore.open(root);
        URI url = URI.create("https://example.com/lead.png");
        StoredImage image = store.put(url, TestPictures.drawn(700, 350, "png", Color.BLUE), ImageKind.PHOTO, NOW);
        assertThat(image.widths()).containsExactly(160, 320, 640);
        assertThat(image.width()).isEqualTo(700);
        assertThat(image.heightAt(320)).isEqualTo(160);
        BufferedImage copy =
                ImageIO.read(store.file(image.fileName(320)).orElseThrow().toFile());
        assertThat(copy.getWidth()).isEqualTo(320);
        assertThat(copy.getHeight()).isEqualTo(160);
        assertThat(image.fileName(320)).endsWith("-320.jpg");
    }

    @Test
    void aPictureNarrowerThanEveryWidthKeepsItsOwn() throws Exception {
        StoredImage image = ImageStore.open(root)
                .put(
                        URI.create("https://example.com/s.gif"),
                        TestPictures.drawn(100, 80, "gif", Color.RED),
                        ImageKind.PHOTO,
                        NOW);
        assertThat(image.widths()).containsExactly(100);
        assertThat(image.widthFor(320)).isEqualTo(100);
    }

    @Test
    void refusesACanvasTooLargeToDecodeBeforeDecodingIt() {
        byte[] bomb = TestPictures.pngHeader(60_000, 60_000);
        assertThatThrownBy(() -> ImageStore.open(root)
                        .put(URI.create("https://example.com/bomb.png"), bomb, ImageKind.PHOTO, NOW))
                .isInstanceOf(ImageRejected.class)
                .hasMessageContaining("60000x60000")
                .hasMessageContaining("not decoded");
    }

    @Test
    void refusesABmpWhoseColourTableIsLongerThanTheFileBeforeDecodingIt() throws Exception {
        byte[] bmp = TestPictures.drawn(400, 300, "bmp", Color.BLUE);
        ImageScaler.checkColourTable(bmp, "a whole BMP"); // its own table fits: no refusal
        byte[] bomb = bmp.clone();
        bomb[46] = bomb[47] = bomb[48] = (byte) 0xff; // colours used: 16,777,215, in a file of 360 KB
        assertThatThrownBy(() -> ImageStore.open(root)
                        .put(URI.create("https://example.com/bomb.bmp"), bomb, ImageKind.PHOTO, NOW))
                .isInstanceOf(ImageRejected.class)
                .hasMessageContaining("colour table")
                .hasMessageContaining("not decoded");
    }

    @Test
    void refusesATrackingPixelAsAPhoto() {
        byte[] pixel = TestPictures.drawn(1, 1, "png", Color.BLACK);
        assertThatThrownBy(() ->
                        ImageStore.open(root).put(URI.create("https://example.com/p.png"), pixel, ImageKind.PHOTO, NOW))
                .isInstanceOf(ImageRejected.class)
                .hasMessageContaining("1x1");
    }

    @Test
    void refusesWhatIsNoPictureWhateverItsName() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        ImageStore.open(root).put(URI.create("https://example.com/a.png"), svg, ImageKind.PHOTO, NOW))
                .isInstanceOf(ImageRejected.class)
                .hasMessageContaining("https://example.com/a.png");
    }

    @Test
    void keepsOnePictureOnceWhateverItsUrlAndFindsItAfterARestart() throws Exception {
        byte[] png = TestPictures.drawn(400, 300, "png", Color.GREEN);
        ImageStore store = ImageStore.open(root);
        StoredImage a = store.put(URI.create("https://a.example/x.png"), png, ImageKind.PHOTO, NOW);
        StoredImage b = store.put(URI.create("https://cdn.example/y.png?w=1"), png, ImageKind.PHOTO, NOW);
        assertThat(b.hash()).isEqualTo(a.hash());
        try (var files = Files.walk(root.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2); // 160 and 320, once
        }
        ImageStore reopened = ImageStore.open(root);
        assertThat(reopened.find(URI.create("https://cdn.example/y.png?w=1"))).contains(b);
        assertThat(reopened.find(URI.create("https://cdn.example/other.png"))).isEmpty();
    }

    @Test
    void servesOnlyNamesOfCopiesNeverAPath() throws Exception {
        ImageStore store = ImageStore.open(root);
        Files.writeString(root.resolve("secret.txt"), "x");
        assertThat(store.file("../secret.txt")).isEmpty();
        assertThat(store.file("a".repeat(64) + "-160.jpg")).isEmpty();
        assertThat(store.file("A".repeat(64) + "-160.jpg")).isEmpty();
    }

    @Test
    void evictsTheOldestCopiesPastItsBound() throws Exception {
        ImageStore store = ImageStore.open(root, 60_000);
        URI first = URI.create("https://example.com/0.png");
        for (int i = 0; i < 12; i++) {
            byte[] png = TestPictures.drawn(640, 480, "png", new Color(20 * i, 100, 200 - 10 * i));
            store.put(URI.create("https://example.com/" + i + ".png"), png, ImageKind.PHOTO, NOW);
            if (i == 0) setOld(root);
        }
        assertThat(store.sizeBytes()).isLessThanOrEqualTo(60_000);
        assertThat(ImageStore.open(root, 60_000).sizeBytes()).isLessThanOrEqualTo(60_000);
        assertThat(store.find(first)).as("the oldest picture went first").isEmpty();
        assertThat(store.find(URI.create("https://example.com/11.png"))).isPresent();
    }

    @Test
    void aRefusalIsSettledForADayThenTriedAgain() {
        ImageStore store = ImageStore.open(root);
        URI url = URI.create("https://example.com/gone.jpg");
        assertThat(store.isSettled(url, Duration.ofDays(1), NOW)).isFalse();
        store.putRefusal(url, "HTTP 404", NOW);
        assertThat(store.isSettled(url, Duration.ofDays(1), NOW.plusSeconds(3600)))
                .isTrue();
        assertThat(store.isSettled(url, Duration.ofDays(1), NOW.plus(Duration.ofDays(2))))
                .isFalse();
        assertThat(store.find(url)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ImageKind.class)
    void aCopyCutShortIsNeitherServedNorFoundAndIsWrittenAgainByTheNextFetch(ImageKind kind) throws Exception {
        byte[] picture = TestPictures.drawn(400, 300, "png", Color.BLUE);
        URI url = URI.create("https://a.example/cut-" + kind + ".png");
        ImageStore store = ImageStore.open(root);
        StoredImage image = store.put(url, picture, kind, NOW);
        String name = image.fileName(image.widths().getFirst());
        Path copy = store.file(name).orElseThrow();
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, Arrays.copyOf(whole, whole.length - 1)); // a disk that lost the end of the file

        ImageStore reopened = ImageStore.open(root);
        assertThat(reopened.file(name))
                .as("%s: a damaged copy is not served", kind)
                .isEmpty();
        assertThat(reopened.find(url)).as("%s: nor taken as stored", kind).isEmpty();
        assertThat(reopened.isSettled(url, Duration.ofDays(1), NOW))
                .as("%s: fetched again", kind)
                .isFalse();

        reopened.put(url, picture, kind, NOW);
        assertThat(Files.readAllBytes(copy)).as("%s: written anew", kind).isEqualTo(whole);
        assertThat(reopened.find(url)).as("%s", kind).contains(image);
        assertThat(reopened.isSettled(url, Duration.ofDays(1), NOW)).isTrue();
    }

    @Test
    void aPictureCutShortIsRefusedAndNothingOfItIsKept() throws Exception {
        byte[] jpeg = TestPictures.drawn(400, 300, "jpeg", Color.ORANGE);
        URI url = URI.create("https://a.example/cut.jpg");
        ImageStore store = ImageStore.open(root);
        // the JPEG decoder paints the missing rows grey instead of failing
        assertThatThrownBy(() -> store.put(url, Arrays.copyOf(jpeg, jpeg.length * 2 / 3), ImageKind.PHOTO, NOW))
                .isInstanceOf(ImageRejected.class)
                .hasMessageContaining("cut short");
        assertThat(store.find(url)).isEmpty();
        assertThat(root.resolve("files")).doesNotExist();
        assertThat(store.put(url, jpeg, ImageKind.PHOTO, NOW).widths())
                .as("the whole picture")
                .isNotEmpty();
    }

    @Test
    void anEmptyCopyIsNotServed() throws Exception {
        URI url = URI.create("https://a.example/empty.png");
        StoredImage image =
                ImageStore.open(root).put(url, TestPictures.drawn(400, 300, "png", Color.RED), ImageKind.PHOTO, NOW);
        String name = image.fileName(image.widths().getLast());
        Files.write(ImageStore.open(root).file(name).orElseThrow(), new byte[0]);
        assertThat(ImageStore.open(root).file(name)).isEmpty();
        try (var files = Files.walk(root)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static void setOld(Path root) throws IOException {
        try (var files = Files.walk(root.resolve("files"))) {
            for (Path p : files.filter(Files::isRegularFile).toList())
                Files.setLastModifiedTime(
                        p, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
    }
}
