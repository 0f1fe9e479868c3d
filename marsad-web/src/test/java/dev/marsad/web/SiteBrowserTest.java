package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marsad.web.HeadlessChromium.ColorScheme;
import dev.marsad.web.HeadlessChromium.DrawnFont;
import dev.marsad.web.HeadlessChromium.Extent;
import dev.marsad.web.HeadlessChromium.Tab;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader site in Debian's headless Chromium (issue 15, parts 6 and 7): every kind of page at a
 * phone's width (390 px) and a desktop's (1280 px), in the light and the dark scheme, audited by
 * axe-core, its layout measured in the page, its links followed. Skips, saying so, when Chromium is
 * not installed.
 *
 * <p>Screenshots of every page, width and scheme go to {@code target/browser/}. With {@code
 * -Dmarsad.screenshots=<dir>} the phone-width light ones of the home, story and article pages are
 * also copied there as {@code screenshot-<page>.png} (that is how the README's pictures are made:
 * {@code -Dmarsad.screenshots=../docs}).
 */
class SiteBrowserTest {

    /** A phone's viewport (CSS pixels), as in the README screenshots. */
    static final int PHONE = 390;

    private static final int PHONE_HEIGHT = 844;

    /** A desktop's viewport. */
    static final int DESKTOP = 1280;

    private static final int DESKTOP_HEIGHT = 800;

    /** Edges closer than this (CSS pixels) count as aligned: sub-pixel layout rounds. */
    private static final double ALIGNED = 1.0;

    /** Where screenshots and the axe report are kept, relative to the module. */
    private static final Path ARTIFACTS = Path.of("target", "browser");

    /** The pages the README shows. */
    private static final List<String> README_PAGES = List.of("home", "story", "article");

    /** One page of each kind the site has, by name. */
    private static final Map<String, String> PAGES = pages();

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(
                chromium.isPresent(),
                "skipped: chromium not found (apt-get install -y chromium fonts-noto-core; .ci/run does)");
        server = FixtureServer.start(dir);
        browser = HeadlessChromium.start(chromium.get(), dir);
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("story", SitePaths.story(WebFixtures.CEASEFIRE_STORY));
        pages.put("article", SitePaths.article(WebFixtures.CEASEFIRE_ID));
        pages.put("search", "/search?q=" + SitePaths.segment("القمح"));
        pages.put("tag", SitePaths.tag(WebFixtures.KARABAKH.key()));
        pages.put("entity", SitePaths.entity("loc:karabakh"));
        pages.put("storyline", SitePaths.storyline(WebFixtures.STORYLINE));
        pages.put("publisher", SitePaths.publisher("بوابة المرصد"));
        pages.put("tags", "/tags");
        pages.put("settings", SettingsPages.PATH);
        pages.put("error", "/no/such/page");
        return pages;
    }

    private static URI url(String page) {
        return server.baseUri().resolve(PAGES.get(page));
    }

    @Test
    void noSeriousOrCriticalAxeViolationAndNoSidewaysScrollOnAnyPageWidthOrScheme() throws IOException {
        Map<String, URI> pages = new LinkedHashMap<>();
        PAGES.keySet().forEach(page -> pages.put(page, url(page)));
        List<String> blocking = audit(pages, ARTIFACTS);
        assertThat(blocking)
                .as("axe-core " + AxeAudit.version() + " serious or critical violations")
                .isEmpty();
    }

    /**
     * With {@code -Dmarsad.site=<base URL>} (a running {@code ./marsad demo}, say): the same audit of
     * that site's home page, its first story, that story's first article and the tag index, and no
     * sideways scrolling; the report and screenshots go to {@code target/browser/site/}.
     */
    @Test
    void auditsARunningSiteOnRequest() throws IOException {
        String site = System.getProperty("marsad.site", "");
        assumeTrue(!site.isEmpty(), "skipped: -Dmarsad.site=<base URL> not set");
        URI base = URI.create(site.endsWith("/") ? site : site + "/");
        Map<String, URI> pages = new LinkedHashMap<>();
        pages.put("home", base);
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(base);
            pages.put("story", tab.follow("ol.stories h2 a"));
            pages.put("article", tab.follow("main ul.articles a, main .timeline a.headline"));
        }
        pages.put("tags", base.resolve("/tags"));
        assertThat(audit(pages, ARTIFACTS.resolve("site")))
                .as("serious or critical on " + base)
                .isEmpty();
    }

    /**
     * Audits each page at both widths in both schemes, keeps a whole-page screenshot of each and the
     * report {@code axe-report.tsv} in {@code artifacts}, and checks that no page scrolls sideways;
     * returns the serious and critical violations, each with where it was found.
     */
    private static List<String> audit(Map<String, URI> pages, Path artifacts) throws IOException {
        AxeAudit axe = AxeAudit.fromClasspath();
        List<String> blocking = new ArrayList<>();
        StringBuilder report = new StringBuilder("page\tscheme\twidth\tserious+critical\tall\trules\n");
        for (ColorScheme scheme : ColorScheme.values()) {
            for (int width : new int[] {PHONE, DESKTOP}) {
                try (Tab tab = open(width, scheme)) {
                    for (Map.Entry<String, URI> page : pages.entrySet()) {
                        tab.load(page.getValue());
                        String where = page.getKey() + " " + scheme + " " + width + "px";
                        JsonNode overflow = tab.evaluate(OVERFLOW);
                        if (overflow.path("page").asInt()
                                > overflow.path("view").asInt()) blocking.add(where + ": scrolls sideways " + overflow);
                        List<AxeAudit.Violation> found = axe.audit(tab);
                        List<AxeAudit.Violation> serious = found.stream()
                                .filter(AxeAudit.Violation::isBlocking)
                                .toList();
                        serious.forEach(v -> blocking.add(where + ": " + v));
                        List<String> rules = found.stream()
                                .map(v -> v.impact() + ":" + v.rule())
                                .toList();
                        report.append(String.join(
                                        "\t",
                                        page.getKey(),
                                        scheme.cssValue,
                                        String.valueOf(width),
                                        String.valueOf(serious.size()),
                                        String.valueOf(found.size()),
                                        String.join(" ", rules)))
                                .append('\n');
                        String png = page.getKey() + "-" + width + "-" + scheme.cssValue + ".png";
                        tab.screenshot(artifacts.resolve(png), Extent.WHOLE_PAGE);
                    }
                }
            }
        }
        Files.createDirectories(artifacts);
        Files.writeString(artifacts.resolve("axe-report.tsv"), report, StandardCharsets.UTF_8);
        return blocking;
    }

    /** The page's width against the viewport's. */
    private static final String OVERFLOW =
            "({page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth})";

    @Test
    void articlePageRendersRightToLeftArabic() {
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(url("article"));
            String dom = tab.evaluate("document.documentElement.outerHTML").asText();
            assertThat(dom).contains("dir=\"rtl\"", "lang=\"ar\"");
            assertThat(dom).contains(WebFixtures.CEASEFIRE_TITLE, "الأربعاء 20 سبتمبر 2023", "اقرأ أيضاً");
        }
    }

    /**
     * Issue 15: at 1280 px the sections bar started at the window's edge, not at the content's. At
     * both widths the brand, the first section link and the content start at one right edge.
     */
    @Test
    void headerAndSectionsBarAlignWithTheContentColumnAtBothWidths() {
        for (int width : new int[] {PHONE, DESKTOP}) {
            try (Tab tab = open(width, ColorScheme.LIGHT)) {
                for (String page : List.of("home", "article")) {
                    tab.load(url(page));
                    JsonNode edges = tab.evaluate(EDGES);
                    double content = edges.path("contentRight").asDouble();
                    String where = page + " at " + width + " px: ";
                    assertThat(edges.path("brandRight").asDouble())
                            .as(where + "the brand's right edge vs the content column's")
                            .isCloseTo(content, Offset.offset(ALIGNED));
                    assertThat(edges.path("sectionRight").asDouble())
                            .as(where + "the first section link's right edge vs the content column's")
                            .isCloseTo(content, Offset.offset(ALIGNED));
                    if (width == DESKTOP)
                        assertThat(content)
                                .as("the content column is centred, not at the window's edge")
                                .isLessThan(DESKTOP - 100);
                }
            }
        }
    }

    /** The right edges of the brand, the first section link and the content column's text. */
    private static final String EDGES = """
            (() => {
              const main = document.querySelector('main');
              const first = main.firstElementChild;
              return {
                contentRight: first.getBoundingClientRect().right,
                brandRight: document.querySelector('header.site .brand').getBoundingClientRect().right,
                sectionRight: document.querySelector('nav.sections a').getBoundingClientRect().right
              };
            })()""";

    @Test
    void headerSectionsAndContentRunRightToLeft() {
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(url("home"));
            JsonNode order = tab.evaluate("""
                    ({
                      dir: getComputedStyle(document.body).direction,
                      brand: document.querySelector('header.site .brand').getBoundingClientRect().right,
                      search: document.querySelector('.quick-search').getBoundingClientRect().right,
                      sections: [...document.querySelectorAll('nav.sections a')].map(a => a.getBoundingClientRect().right)
                    })""");
            assertThat(order.path("dir").asText()).isEqualTo("rtl");
            assertThat(order.path("brand").asDouble())
                    .as("the brand stands right of the search box")
                    .isGreaterThan(order.path("search").asDouble());
            List<Double> sections = new ArrayList<>();
            order.path("sections").forEach(n -> sections.add(n.asDouble()));
            assertThat(sections).as("section links, first on the right").hasSizeGreaterThan(2);
            assertThat(sections).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    /** Issue 15: at 390 px the sections bar ran off the page with no sign that it scrolls. */
    @Test
    void sectionsBarScrollsInsideItselfAndShowsSoAtPhoneWidth() {
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(url("home"));
            JsonNode bar = tab.evaluate("""
                    (() => {
                      const nav = document.querySelector('nav.sections');
                      const s = getComputedStyle(nav);
                      const last = [...nav.querySelectorAll('a')].pop().getBoundingClientRect();
                      const box = nav.getBoundingClientRect();
                      return {overflowX: s.overflowX, scrolls: nav.scrollWidth > nav.clientWidth,
                              barRight: box.right, barLeft: box.left, lastLeft: last.left,
                              cue: s.backgroundImage, attachment: s.backgroundAttachment,
                              page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth};
                    })()""");
            assertThat(bar.path("scrolls").asBoolean())
                    .as("the fixtures' sections overflow a phone")
                    .isTrue();
            assertThat(bar.path("overflowX").asText()).isIn("auto", "scroll");
            assertThat(bar.path("page").asInt())
                    .as("the page itself")
                    .isLessThanOrEqualTo(bar.path("view").asInt());
            assertThat(bar.path("barLeft").asDouble()).isGreaterThanOrEqualTo(0);
            // the sign: a shadow on the side with more links, drawn by backgrounds that scroll with
            // the links ("local") over ones that stay ("scroll"), so it goes away at either end
            assertThat(bar.path("cue").asText()).as("scroll shadows").contains("gradient");
            assertThat(bar.path("attachment").asText()).contains("local", "scroll");
        }
    }

    /** Issue 15: the facts table wrapped each date over three lines at a phone's width. */
    @Test
    void factsTableKeepsEachDateOnOneLineAtPhoneWidth() {
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(url("article"));
            JsonNode facts = tab.evaluate("""
                    [...document.querySelectorAll('.facts dd')].map(dd => {
                      const range = document.createRange();
                      range.selectNodeContents(dd);
                      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                      return {text: dd.textContent, lines: tops.size};
                    })""");
            assertThat(facts.size()).as("facts on the fixture article").isGreaterThan(0);
            for (JsonNode fact : facts)
                assertThat(fact.path("lines").asInt())
                        .as("lines of '" + fact.path("text").asText() + "'")
                        .isEqualTo(1);
        }
    }

    /**
     * Issue 15: Latin text (handles, URLs, the footer) fell back to a Times-like serif. Now Arabic is
     * drawn in Noto Naskh Arabic and Latin in Noto Sans, both served by Marsad (when the system has
     * them, as Debian's fonts-noto-core puts them).
     */
    @Test
    void arabicAndLatinAreDrawnWithTheServedNotoFaces() {
        assumeTrue(SiteFonts.system().isComplete(), "skipped: fonts-noto-core not installed");
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            tab.load(url("article"));
            assertDrawnWith(tab.fontsOf("footer.site a[dir=ltr]"), "Noto Sans", "footer's Latin links");
            assertDrawnWith(tab.fontsOf(".embed .handle"), "Noto Sans", "an embedded post's handle");
            assertDrawnWith(tab.fontsOf(".article .body p"), "Noto Naskh Arabic", "article text");
            assertDrawnWith(tab.fontsOf(".article h1"), "Noto Sans Arabic", "the headline");
        }
    }

    private static void assertDrawnWith(List<DrawnFont> fonts, String family, String what) {
        assertThat(fonts).as(what + ": fonts drawn").isNotEmpty();
        assertThat(fonts.get(0).family()).as(what + ": " + fonts).isEqualTo(family);
        assertThat(fonts.get(0).served())
                .as(what + ": served by Marsad: " + fonts)
                .isTrue();
    }

    @Test
    void keyboardFocusStartsAtASkipLinkAndIsVisible() {
        try (Tab tab = open(PHONE, ColorScheme.DARK)) {
            tab.load(url("article"));
            tab.pressTab();
            JsonNode skip = tab.evaluate(FOCUSED);
            assertThat(skip.path("href").asText()).as("first tab stop").endsWith("#content");
            assertThat(skip.path("visible").asBoolean())
                    .as("the skip link shows when focused")
                    .isTrue();
            assertThat(skip.path("outline").asText()).as("focus ring").isNotEqualTo("none");
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tab.pressTab();
                order.add(tab.evaluate(FOCUSED).path("tag").asText());
            }
            assertThat(order)
                    .as("brand, search box, search button, first section")
                    .containsExactly("A", "INPUT", "BUTTON", "A");
        }
    }

    private static final String FOCUSED = """
            (() => {
              const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
              return {tag: e.tagName, href: e.getAttribute('href') || '', outline: s.outlineStyle,
                      visible: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0};
            })()""";

    @Test
    void darkSchemeFollowsTheSystemSetting() {
        Map<ColorScheme, String> backgrounds = new LinkedHashMap<>();
        for (ColorScheme scheme : ColorScheme.values()) {
            try (Tab tab = open(PHONE, scheme)) {
                tab.load(url("home"));
                backgrounds.put(
                        scheme,
                        tab.evaluate("getComputedStyle(document.body).backgroundColor")
                                .asText());
            }
        }
        assertThat(luminance(backgrounds.get(ColorScheme.LIGHT)))
                .as("light paper")
                .isGreaterThan(0.8);
        assertThat(luminance(backgrounds.get(ColorScheme.DARK)))
                .as("dark paper")
                .isLessThan(0.1);
    }

    /** Relative luminance (WCAG 2.1) of a CSS {@code rgb(r, g, b)} value. */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(parts[i]) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void everyLinkOnEveryPageLeadsSomewhereAndAStoryOpensByClick() throws Exception {
        Set<URI> links = new LinkedHashSet<>();
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            for (String page : PAGES.keySet()) {
                tab.load(url(page));
                tab.evaluate(SAME_SITE_LINKS).forEach(href -> links.add(URI.create(href.asText())));
            }
            assertThat(links).as("links on the pages").hasSizeGreaterThan(50);
            for (URI link : links) {
                String path =
                        link.getRawQuery() == null ? link.getRawPath() : link.getRawPath() + "?" + link.getRawQuery();
                assertThat(server.get(path).statusCode()).as(link.toString()).isLessThan(400);
            }
            tab.load(url("home"));
            URI story = tab.follow("ol.stories h2 a");
            assertThat(story.getPath()).startsWith("/story/");
            assertThat(tab.evaluate("document.querySelector('h1').textContent").asText())
                    .isNotBlank();
            URI article = tab.follow("main ul.articles a, main .timeline a.headline");
            assertThat(article.getPath()).startsWith("/article/");
            assertThat(tab.evaluate("document.documentElement.dir").asText()).isEqualTo("rtl");
        }
    }

    /** Every link of the page to another page of the site, once each (the error page is a 404 itself). */
    private static final String SAME_SITE_LINKS =
            "[...new Set([...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0]))]"
                    + ".filter(h => h.startsWith(location.origin + '/') && h !== location.href.split('#')[0])";

    @Test
    void readmeScreenshotsAtPhoneWidth() throws IOException {
        String target = System.getProperty("marsad.screenshots", "");
        try (Tab tab = open(PHONE, ColorScheme.LIGHT)) {
            for (String page : README_PAGES) {
                tab.load(url(page));
                Path png = ARTIFACTS.resolve("readme-" + page + ".png");
                tab.screenshot(png, Extent.VIEWPORT);
                byte[] bytes = Files.readAllBytes(png);
                assertThat(bytes.length).as(page + " screenshot size").isGreaterThan(10_000);
                assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
                if (!target.isEmpty())
                    Files.copy(
                            png, Path.of(target, "screenshot-" + page + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Tab open(int width, ColorScheme scheme) {
        return browser.open(width, width == PHONE ? PHONE_HEIGHT : DESKTOP_HEIGHT, scheme);
    }
}
