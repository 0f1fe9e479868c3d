package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkBarTest {

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void breadcrumbOfLinksJoinedByArrowsIsABar() {
        assertThat(LinkBar.is(first("<p><a href='/'>الرئيسية</a> &gt; <a href='/local'>محليات</a></p>")))
                .isTrue();
    }

    @Test
    void breadcrumbEndingInTheUnlinkedPageNameIsABar() {
        assertThat(LinkBar.is(
                        first("<div><a href='/'>الرئيسية</a> » <a href='/eco'>اقتصاد</a> » ارتفاع أسعار الذهب</div>")))
                .isTrue();
    }

    @Test
    void rowOfPageActionsIsABar() {
        assertThat(
                        LinkBar.is(
                                first(
                                        "<td><font><a href='/p'>طباعة</a> | <a href='/s'>أرسل لصديق</a> | <a href='/c'>التعليقات (٠)</a></font></td>")))
                .isTrue();
    }

    @Test
    void sentenceWithTwoLinksIsNotABar() {
        assertThat(LinkBar.is(first(
                        "<p>قال <a href='/a'>وزير المالية</a> إن الموازنة ستقر قبل <a href='/b'>نهاية العام</a>.</p>")))
                .isFalse();
    }

    @Test
    void wordsBetweenLinksAfterAnArrowAreNotABreadcrumb() {
        assertThat(LinkBar.is(first("<p><a href='/'>الرئيسية</a> &gt; انظر أيضا <a href='/x'>الأرشيف</a></p>")))
                .isFalse();
    }

    @Test
    void singleLinkIsNotABar() {
        assertThat(LinkBar.is(first("<p><a href='/'>الرئيسية</a></p>"))).isFalse();
    }

    @Test
    void longRunOfLinksIsNotASingleLine() {
        StringBuilder html = new StringBuilder("<div>");
        for (int i = 0; i < 40; i++)
            html.append("<a href='/").append(i).append("'>خبر رقم ").append(i).append("</a> | ");
        assertThat(LinkBar.is(first(html.append("</div>").toString()))).isFalse();
    }

    @Test
    void tableRowIsNoCandidate() {
        assertThat(LinkBar.is(first("<table><tr><td><a href='/a'>أ</a> | <a href='/b'>ب</a></td></tr></table>")))
                .isFalse();
    }
}
