package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "vbscript:msgbox",
                "/relative/path",
                "//host.example/x",
                "mailto:a@b.example"
            })
    void refusesLinksThatAreNotAbsoluteHttp(String link) {
        assertThat(SitePaths.external(URI.create(link))).as(link).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.com/laila_news/status/1", "http://news.example/a?b=c", "HTTPS://NEWS.EXAMPLE/"})
    void keepsAbsoluteHttpLinks(String link) {
        assertThat(SitePaths.external(URI.create(link)))
                .contains(URI.create(link).toASCIIString());
    }

    @Test
    void encodesArabicAndSpacesInPathSegments() {
        assertThat(SitePaths.tag("قره باخ")).isEqualTo("/tag/%D9%82%D8%B1%D9%87%20%D8%A8%D8%A7%D8%AE");
        assertThat(SitePaths.article("a/b?c")).isEqualTo("/article/a%2Fb%3Fc");
    }

    @Test
    void searchLinksKeepOnlyNonEmptyParametersInOrder() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", "وقف إطلاق النار");
        p.put("from", "");
        p.put("tag", "ceasefire");
        assertThat(SitePaths.search(p))
                .isEqualTo(
                        "/search?q=%D9%88%D9%82%D9%81+%D8%A5%D8%B7%D9%84%D8%A7%D9%82+%D8%A7%D9%84%D9%86%D8%A7%D8%B1&tag=ceasefire");
        assertThat(SitePaths.search(Map.of("q", ""))).isEqualTo("/search");
    }
}
