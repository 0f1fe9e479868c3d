package dev.marsad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.List;

/**
 * /settings: the reader chooses the zone times are shown in and whether Hijri dates stand beside
 * the Gregorian ones. GET shows the form; POST keeps the choice in two cookies ({@link ReaderPrefs})
 * and sends the reader back to the page it came from.
 */
final class SettingsPages {

    /** Where the settings page is. */
    static final String PATH = "/settings";

    /** The title of the settings page, "إعدادات الوقت". */
    static final String TITLE = "\u0625\u0639\u062F\u0627\u062F\u0627\u062A \u0627\u0644\u0648\u0642\u062A";

    private final WebConfig config;
    private final PageRenderer renderer;
    private final Clock clock;

    SettingsPages(WebConfig config, PageRenderer renderer, Clock clock) {
        this.config = config;
        this.renderer = renderer;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::save);
    }

    private void show(Context ctx) {
        ReaderPrefs prefs = ReaderPrefs.of(ctx, config);
        ArabicDateFormat dates = prefs.dates(clock.instant());
        List<SettingsPage.Zone> zones = ReaderPrefs.zones().entrySet().stream()
                .map(e -> new SettingsPage.Zone(
                        e.getKey(), e.getValue(), e.getKey().equals(prefs.zone().getId())))
                .toList();
        var page = new SettingsPage(
                PageChrome.of(config, TITLE, ""),
                zones,
                prefs.calendar() == ArabicDateFormat.Calendar.WITH_HIJRI,
                dates.dayAndTime(clock.instant()),
                back(ctx.queryParam("back")));
        ctx.header("Cache-Control", "no-store");
        ctx.html(renderer.render("settings.jte", page));
    }

    /** Keeps the choice; a zone not on the list is a 400 naming it. */
    private void save(Context ctx) {
        String zone = ctx.formParam("zone");
        if (zone == null || ReaderPrefs.listedZone(zone).isEmpty())
            throw RequestRejected.badParameter(
                    "'zone' must be one of the zones listed on " + PATH + ", got '" + (zone == null ? "" : zone) + "'");
        boolean hijri = ReaderPrefs.HIJRI.equals(ctx.formParam("calendar"));
        ctx.cookie(cookie(ReaderPrefs.ZONE_COOKIE, zone));
        ctx.cookie(cookie(ReaderPrefs.CALENDAR_COOKIE, hijri ? ReaderPrefs.HIJRI : "gregorian"));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(back(ctx.formParam("back")), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value, "/", ReaderPrefs.COOKIE_MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }

    /** A page of this site to go back to: a path starting with one '/', else the settings page. */
    static String back(String href) {
        if (href == null || !href.startsWith("/") || href.startsWith("//") || href.contains("\\")) return PATH;
        return href.chars().anyMatch(c -> c < 0x20) ? PATH : href;
    }
}
