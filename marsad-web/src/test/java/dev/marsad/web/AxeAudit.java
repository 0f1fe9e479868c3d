package dev.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * axe-core, Deque's accessibility rules, run inside a page of {@link HeadlessChromium}. The script
 * comes from the axe-core webjar on the test classpath (Maven Central), never from the project.
 */
final class AxeAudit {

    /** The impacts a release must not ship with; "moderate" and "minor" are reported, not failed. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * Runs every rule axe-core has for WCAG 2.0/2.1 A and AA plus its best practices, and returns,
     * per violated rule, its impact and up to five of the elements that violate it.
     */
    private static final String RUN = """
            axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({
              rule: v.id, impact: v.impact || 'minor', help: v.help,
              nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || ''))})))""";

    private final String script;

    private AxeAudit(String script) {
        this.script = script;
    }

    /** Reads axe.min.js of the webjar's version from the classpath; a missing webjar is said as such. */
    static AxeAudit fromClasspath() {
        String version = version();
        String path = "/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream in = AxeAudit.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("axe-core webjar has no " + path);
            return new AxeAudit(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The webjar's version, as its Maven metadata states it. */
    static String version() {
        String path = "/META-INF/maven/org.webjars.npm/axe-core/pom.properties";
        try (InputStream in = AxeAudit.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException(
                        "org.webjars.npm:axe-core is not on the test classpath (marsad-web's pom names it)");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** One violated rule on one page. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        boolean isBlocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + String.join(" | ", nodes);
        }
    }

    /** Audits the page loaded in {@code tab}. */
    List<Violation> audit(HeadlessChromium.Tab tab) {
        tab.evaluate(script + "; true");
        List<Violation> found = new ArrayList<>();
        for (JsonNode v : tab.evaluate(RUN)) {
            List<String> nodes = new ArrayList<>();
            v.path("nodes").forEach(n -> nodes.add(n.asText()));
            found.add(new Violation(
                    v.path("rule").asText(),
                    v.path("impact").asText(),
                    v.path("help").asText(),
                    nodes));
        }
        return found;
    }
}
