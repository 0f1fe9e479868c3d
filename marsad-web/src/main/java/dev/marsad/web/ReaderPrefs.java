package dev.marsad.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader chose for dates on /settings, remembered in two cookies: the zone times are shown in
 * ({@value #ZONE_COOKIE}, one of {@link #zones()}) and whether a Hijri date stands beside each
 * Gregorian one ({@value #CALENDAR_COOKIE} = "hijri"). Without cookies, the site's zone and the
 * Gregorian calendar; an unknown value in a cookie is ignored, never an error (a cookie outlives
 * the list it was chosen from).
 *
 * @param zone the zone times are shown in
 * @param calendar whether Hijri dates are shown too
 */
record ReaderPrefs(ZoneId zone, ArabicDateFormat.Calendar calendar) {

    /** The cookie that holds the chosen zone's id ("Asia/Riyadh"). */
    static final String ZONE_COOKIE = "marsad_zone";

    /** The cookie that holds "hijri" when Hijri dates are shown. */
    static final String CALENDAR_COOKIE = "marsad_calendar";

    /** The value of {@value #CALENDAR_COOKIE} (and of the form's "calendar") that asks for Hijri dates. */
    static final String HIJRI = "hijri";

    /** A year: the choice is kept until the reader changes it. */
    static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    ReaderPrefs {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The reader's choice from the request's cookies, the site's defaults where there is none. */
    static ReaderPrefs of(Context ctx, WebConfig config) {
        ZoneId zone = listedZone(ctx.cookie(ZONE_COOKIE)).orElse(config.zone());
        return new ReaderPrefs(zone, calendarOf(ctx.cookie(CALENDAR_COOKIE)));
    }

    /**
     * What of the cookies changes a page, normalised: "" without a choice. The response cache keys
     * pages by it, so readers who chose differently never share a page, and a made-up cookie value
     * cannot make new cache entries.
     */
    static String variant(Context ctx) {
        String zone = listedZone(ctx.cookie(ZONE_COOKIE)).map(ZoneId::getId).orElse("");
        ArabicDateFormat.Calendar calendar = calendarOf(ctx.cookie(CALENDAR_COOKIE));
        return zone.isEmpty() && calendar == ArabicDateFormat.Calendar.GREGORIAN ? "" : zone + "|" + calendar;
    }

    /** The date format of this choice, relative times counted back from {@code now}. */
    ArabicDateFormat dates(Instant now) {
        return new ArabicDateFormat(zone, calendar, now);
    }

    /** The zones a reader may choose, id → Arabic name, in the order shown. */
    static Map<String, String> zones() {
        return Zones.LISTED;
    }

    /** {@code id} when it names a listed zone. */
    static Optional<ZoneId> listedZone(String id) {
        return id != null && Zones.LISTED.containsKey(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    /** "hijri" → with Hijri dates; anything else (or nothing) → Gregorian only. */
    static ArabicDateFormat.Calendar calendarOf(String value) {
        return HIJRI.equals(value) ? ArabicDateFormat.Calendar.WITH_HIJRI : ArabicDateFormat.Calendar.GREGORIAN;
    }

    /** zones.tsv, read once; every id in it must be a zone java.time knows. */
    private static final class Zones {
        static final Map<String, String> LISTED = load();

        private static Map<String, String> load() {
            try (InputStream in = ReaderPrefs.class.getResourceAsStream("zones.tsv")) {
                if (in == null) throw new IllegalStateException("missing resource dev/marsad/web/zones.tsv");
                Map<String, String> zones = new LinkedHashMap<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2) throw new IllegalStateException("zones.tsv: no tab in line '" + line + "'");
                    ZoneId.of(parts[0]); // a typo fails here, at the first page, not at a reader's choice
                    zones.put(parts[0], parts[1].strip());
                }
                return Collections.unmodifiableMap(zones);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dev/marsad/web/zones.tsv", e);
            }
        }
    }
}
