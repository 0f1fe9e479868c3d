package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassHintsTest {

    private static Element div(String attributes) {
        return Jsoup.parse("<div " + attributes + ">نص</div>").selectFirst("div");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id=\"fi-cookieconsent\"",
                "class=\"cookiebanner\"",
                "class=\"cc-cookieBar\"",
                "id=\"cookielawinfo-box\""
            })
    void namesThatGlueCookieToAnotherWordAreSureFurniture(String attributes) {
        assertThat(ClassHints.drop(div(attributes))).as(attributes).isEqualTo(ClassHints.Drop.SURE);
    }

    @Test
    void cookiesAloneIsNoFurnitureName() {
        assertThat(ClassHints.drop(div("class=\"tag-cookies\""))).isEqualTo(ClassHints.Drop.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id=\"kommentare\"", "class=\"commentaires\"", "class=\"seccion-comentarios\""})
    void commentSectionsNamedInOtherLanguagesAreSureFurniture(String attributes) {
        assertThat(ClassHints.drop(div(attributes))).as(attributes).isEqualTo(ClassHints.Drop.SURE);
    }

    @Test
    void aBoxOfRecommendationsIsSureFurniture() {
        assertThat(ClassHints.drop(div("class=\"reader-recommendations\""))).isEqualTo(ClassHints.Drop.SURE);
    }

    @Test
    void anArticleWrapperIsNoFurniture() {
        assertThat(ClassHints.drop(div("class=\"article-body entry-content\""))).isEqualTo(ClassHints.Drop.NONE);
    }
}
