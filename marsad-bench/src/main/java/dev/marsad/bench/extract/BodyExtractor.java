package dev.marsad.bench.extract;

import dev.marsad.crawl.Page;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractionOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An extractor measured by the benchmark: Marsad and the peers that run in this JVM. Each turns a
 * page into its main text; a failure counts as empty text.
 */
interface BodyExtractor {

    String name();

    /** The main text of {@code page}, or "" when the extractor found none or failed. */
    String body(GoldPage page);

    /** Marsad, then the in-process peers. */
    static List<BodyExtractor> all() {
        return List.of(new Marsad(), new Readability4J(), new Boilerpipe());
    }

    /** Marsad's {@link ArticleExtractor}: the article's plain text. */
    final class Marsad implements BodyExtractor {
        private final ArticleExtractor extractor = new ArticleExtractor();
        private final boolean bodyOnly;

        /**
         * Marsad's text of a page as its article page shows it: the body with the embedded posts'
         * texts at their places ({@code Article.readingText()}), the way the gold sets count a
         * quoted tweet as part of the article.
         */
        Marsad() {
            this(false);
        }

        /** With {@code bodyOnly}, the body's blocks alone ({@code Article.plainText()}), no embeds. */
        Marsad(boolean bodyOnly) {
            this.bodyOnly = bodyOnly;
        }

        @Override
        public String name() {
            return "marsad";
        }

        @Override
        public String body(GoldPage page) {
            ExtractionOutcome outcome = extractor.extract(Page.of(page.url(), page.html(), "text/html"));
            if (!(outcome instanceof ExtractionOutcome.Extracted e)) return "";
            return bodyOnly ? e.article().plainText() : e.article().readingText();
        }

        ExtractionOutcome outcome(GoldPage page) {
            return extractor.extract(Page.of(page.url(), page.html(), "text/html"));
        }
    }

    /** net.dankito Readability4J 1.0.8, a Kotlin port of Mozilla's Readability. */
    final class Readability4J implements BodyExtractor {
        @Override
        public String name() {
            return "readability4j";
        }

        @Override
        public String body(GoldPage page) {
            try {
                var article =
                        new net.dankito.readability4j.Readability4J(page.url().toString(), utf8(page)).parse();
                String text = article.getTextContent();
                return text == null ? "" : text;
            } catch (RuntimeException | StackOverflowError e) {
                return "";
            }
        }
    }

    /** boilerpipe 1.1.0 ArticleExtractor (Kohlschütter et al.). */
    final class Boilerpipe implements BodyExtractor {
        @Override
        public String name() {
            return "boilerpipe";
        }

        @Override
        public String body(GoldPage page) {
            try {
                String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(utf8(page));
                return text == null ? "" : text;
            } catch (de.l3s.boilerpipe.BoilerpipeProcessingException | RuntimeException | StackOverflowError e) {
                return "";
            }
        }
    }

    /** Peers get the page as UTF-8 text (all sets measured for speed are UTF-8). */
    private static String utf8(GoldPage page) {
        return new String(page.html(), StandardCharsets.UTF_8);
    }
}
