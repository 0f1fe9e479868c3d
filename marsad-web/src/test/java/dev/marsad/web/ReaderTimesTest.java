package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "times that are true", over the real server: a date-only publication shows its date and
 * no time in any zone; every time shown says its zone; a reader's zone and the Hijri calendar are
 * chosen on /settings and kept in cookies; cards show the exact time on hover.
 */
class ReaderTimesTest {

    /** An article whose page gave only a date: 2023-09-18, stored as midnight UTC. */
    static final String DATE_ONLY_ID = "date-only";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start(dir);
        server.index().put(WebFixtures.dateOnly(DATE_ONLY_ID));
        server.index().commit();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
    }

    private static HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path));
        if (!cookies.isEmpty()) request.header("Cookie", cookies);
        return FixtureServer.send(request);
    }

    @Test
    void aDateOnlyPublicationShowsNoInventedTimeInAnyZone() throws Exception {
        for (String cookies : List.of("", "marsad_zone=Asia/Riyadh", "marsad_zone=America/New_York")) {
            String page = get("/article/" + DATE_ONLY_ID, cookies).body();
            // the article's own line; the cards of other articles below have times of their own
            String meta = page.substring(
                    page.indexOf("<p class=\"meta\">"), page.indexOf("</p>", page.indexOf("<p class=\"meta\">")));
            assertThat(meta)
                    .as(cookies)
                    .contains("<time datetime=\"2023-09-18\">الاثنين 18 سبتمبر 2023</time>")
                    .doesNotContain("00:00", "03:00", "20:00", "19:00");
        }
    }

    @Test
    void everyTimeShownSaysItsZoneAndFollowsTheReadersChoice() throws Exception {
        String utc = get("/article/" + WebFixtures.CEASEFIRE_ID, "").body();
        assertThat(utc).contains("الأربعاء 20 سبتمبر 2023، 10:00 بتوقيت غرينتش<");
        String riyadh = get("/article/" + WebFixtures.CEASEFIRE_ID, "marsad_zone=Asia/Riyadh")
                .body();
        assertThat(riyadh).contains("الأربعاء 20 سبتمبر 2023، 13:00 بتوقيت غرينتش+3");
        // an unknown zone in a cookie is ignored, never an error
        assertThat(get("/article/" + WebFixtures.CEASEFIRE_ID, "marsad_zone=Mars/Olympus")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void cardsShowTheExactTimeOnHover() throws Exception {
        String tag = get("/tag/karabakh", "").body();
        assertThat(tag)
                .contains(
                        "<time datetime=\"2023-09-20T10:00:00Z\" title=\"الأربعاء 20 سبتمبر 2023، 10:00 بتوقيت غرينتش\">");
    }

    @Test
    void theHijriDateIsShownBesideTheGregorianWhenChosen() throws Exception {
        String page = get("/story/" + WebFixtures.CEASEFIRE_STORY, "marsad_calendar=hijri")
                .body();
        assertThat(page).contains("الأربعاء 20 سبتمبر 2023 (5 ربيع الأول 1445 هـ)");
        assertThat(get("/story/" + WebFixtures.CEASEFIRE_STORY, "").body()).doesNotContain("ربيع الأول");
    }

    @Test
    void settingsKeepTheChoiceInCookiesAndGoBack() throws Exception {
        HttpResponse<String> form = get("/settings?back=/tag/karabakh", "");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Asia/Riyadh\"", "name=\"calendar\"", "value=\"/tag/karabakh\"");

        HttpResponse<String> saved = FixtureServer.send(HttpRequest.newBuilder(
                        server.baseUri().resolve("/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("zone=Asia%2FRiyadh&calendar=hijri&back=%2Ftag%2Fkarabakh")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/tag/karabakh");
        List<String> cookies = saved.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(
                        c -> assertThat(c).startsWith("marsad_zone=Asia/Riyadh").contains("Max-Age="))
                .anySatisfy(c -> assertThat(c).startsWith("marsad_calendar=hijri"));

        HttpResponse<String> offList = FixtureServer.send(HttpRequest.newBuilder(
                        server.baseUri().resolve("/settings"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("zone=Mars%2FOlympus&back=https%3A%2F%2Fevil.example%2F")));
        assertThat(offList.statusCode()).isEqualTo(400);
        assertThat(SettingsPages.back("https://evil.example/")).isEqualTo("/settings");
        assertThat(SettingsPages.back("//evil.example/")).isEqualTo("/settings");
    }

    @Test
    void readersWhoChoseDifferentlyNeverShareACachedPage() throws Exception {
        String path = "/article/" + WebFixtures.CEASEFIRE_ID;
        HttpResponse<String> plain = get(path, "");
        HttpResponse<String> riyadh = get(path, "marsad_zone=Asia/Riyadh");
        HttpResponse<String> plainAgain = get(path, "");
        assertThat(plain.headers().firstValue("Vary")).hasValue("Cookie");
        assertThat(riyadh.body()).contains("13:00").doesNotContain("10:00 بتوقيت غرينتش<");
        assertThat(plainAgain.body()).contains("10:00 بتوقيت غرينتش");
    }
}
