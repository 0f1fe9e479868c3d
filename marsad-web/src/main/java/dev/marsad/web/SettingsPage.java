package dev.marsad.web;

import java.util.List;
import java.util.Objects;

/**
 * The model of /settings.
 *
 * @param chrome shared page parts
 * @param zones the zones a reader may choose, the chosen one marked
 * @param hijri whether Hijri dates are shown
 * @param now the current time as pages show it, with its zone
 * @param back the page to go back to after saving
 */
public record SettingsPage(PageChrome chrome, List<Zone> zones, boolean hijri, String now, String back) {

    public SettingsPage {
        Objects.requireNonNull(chrome, "chrome");
        zones = List.copyOf(zones);
    }

    /** A zone of the list: its id, its Arabic name, whether it is the one in use. */
    public record Zone(String id, String name, boolean selected) {}
}
