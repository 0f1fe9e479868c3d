package dev.marsad.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code Disallow} paths of a demo robots.txt that apply to every crawler (the
 * {@code User-agent: *} group), so that the newsroom can tell which of its pages a polite crawl
 * never fetches. Only the subset of RFC 9309 the demo files use: groups, Disallow, comments.
 */
final class DisallowRules {

    private DisallowRules() {}

    /** The path prefixes disallowed for {@code *}, in file order. */
    static List<String> forEveryAgent(String robotsTxt) {
        List<String> prefixes = new ArrayList<>();
        boolean inStarGroup = false;
        boolean lastWasAgent = false;
        for (String raw : robotsTxt.lines().toList()) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                // RFC 9309 §2.1: consecutive user-agent lines open one group
                inStarGroup = (lastWasAgent && inStarGroup) || value.equals("*");
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (inStarGroup && key.equals("disallow") && !value.isEmpty()) prefixes.add(value);
        }
        return prefixes;
    }
}
