package dev.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.Article;
import dev.marsad.extract.Block;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15, part 1: a snippet per card, clean, bounded, never the title again. */
class CardLeadTest {

    private static Article article(Optional<String> subtitle, String... paragraphs) {
        Article plain = Article.ofText(
                URI.create("https://example.com/a"),
                "ارتفاع أسعار القمح في الأسواق العربية",
                Optional.empty(),
                Optional.of("موقع"),
                java.util.Arrays.stream(paragraphs)
                        .<Block>map(Block.Paragraph::new)
                        .toList());
        return new Article(
                plain.url(),
                plain.canonicalUrl(),
                plain.title(),
                subtitle,
                plain.published(),
                plain.publishedPrecision(),
                plain.modified(),
                plain.authors(),
                plain.image(),
                plain.section(),
                plain.siteName(),
                plain.language(),
                plain.body(),
                plain.source(),
                plain.tags(),
                plain.relatedLinks(),
                plain.embeds(),
                plain.teasers());
    }

    @Test
    void isTheFirstParagraphWithItsWhitespaceCleaned() {
        Article a = article(
                Optional.empty(),
                "  ارتفعت   أسعار القمح\nفي الأسواق العربية هذا الأسبوع بنسبة عشرة بالمئة.",
                "فقرة ثانية طويلة بما يكفي لتكون مقتطفاً.");
        assertThat(CardLead.of(a, a.title()))
                .isEqualTo("ارتفعت أسعار القمح في الأسواق العربية هذا الأسبوع بنسبة عشرة بالمئة.");
    }

    @Test
    void skipsALeadThatOnlyRepeatsTheTitle() {
        Article a = article(
                Optional.empty(),
                "ارتفاع أسعار القمح في الأسواق العربية",
                "وقال تجار إن الطلب زاد مع اقتراب الشتاء في معظم المدن.");
        assertThat(CardLead.of(a, a.title())).isEqualTo("وقال تجار إن الطلب زاد مع اقتراب الشتاء في معظم المدن.");
    }

    @Test
    void dropsTheTitleWhereTheLeadStartsWithIt() {
        Article a = article(
                Optional.empty(), "ارتفاع أسعار القمح في الأسواق العربية: زادت الأسعار عشرة بالمئة في أسبوع واحد.");
        assertThat(CardLead.of(a, a.title())).isEqualTo("زادت الأسعار عشرة بالمئة في أسبوع واحد.");
    }

    @Test
    void prefersTheSubtitle() {
        Article a = article(
                Optional.of("الطلب يزيد مع اقتراب الشتاء في المدن العربية"),
                "فقرة أولى من المقال تكفي لتكون مقتطفاً هنا.");
        assertThat(CardLead.of(a, a.title())).isEqualTo("الطلب يزيد مع اقتراب الشتاء في المدن العربية");
    }

    @Test
    void cutsALongLeadAtAWordWithAnEllipsis() {
        String longLead = "كلمة ".repeat(100).strip();
        String snippet = CardLead.of(article(Optional.empty(), longLead), "عنوان");
        assertThat(snippet).hasSizeLessThanOrEqualTo(CardLead.MAX_CHARS).endsWith("كلمة\u2026");
    }

    @Test
    void isEmptyWithoutALeadWorthShowing() {
        assertThat(CardLead.of(article(Optional.empty(), "عاجل"), "عنوان")).isEmpty();
        assertThat(CardLead.of(article(Optional.of("قصير")), "عنوان")).isEmpty();
    }
}
