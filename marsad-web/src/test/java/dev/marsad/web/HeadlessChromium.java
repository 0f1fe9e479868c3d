package dev.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from
 * java.net.http, JSON from Jackson): no Selenium or Playwright, which would download a browser of
 * their own. One browser per test class; {@link #open} gives a tab at a width and colour scheme.
 *
 * <p>The browser is started with the flags of STACK.md and {@code --remote-debugging-port=0}; the
 * port it picked is read from the {@code DevToolsActivePort} file it writes into its profile.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Where Debian puts the browser. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    /** How long the browser gets to start and to answer one command (a loaded 2-core machine). */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<EventWait> waits = new ArrayList<>();

    private HeadlessChromium(Process process, URI debugger) {
        this.process = process;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(TIMEOUT)
                .buildAsync(debugger, new Listener())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    /** The browser's executable, when installed. */
    static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser with a fresh profile in {@code dir}. */
    static HeadlessChromium start(Path executable, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path log = dir.resolve("chromium.log");
        List<String> command = List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile)
                || Files.readAllLines(portFile, StandardCharsets.UTF_8).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not open its DevTools port; its log: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        URI debugger = URI.create(
                "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        try {
            return new HeadlessChromium(process, debugger);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * A new tab with a viewport of {@code width} × {@code height} CSS pixels (a phone's when narrower
     * than 600) that reports {@code scheme} as the reader's {@code prefers-color-scheme}.
     */
    Tab open(int width, int height, ColorScheme scheme) {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        Tab tab = new Tab(target, session);
        tab.call("Page.enable", Map.of());
        tab.call("DOM.enable", Map.of());
        tab.call("CSS.enable", Map.of());
        tab.call(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        tab.call(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.cssValue))));
        return tab;
    }

    /** How much of a page a screenshot shows. */
    enum Extent {
        /** What a reader sees without scrolling. */
        VIEWPORT,
        /** Everything, top to bottom. */
        WHOLE_PAGE
    }

    /** A font Chromium drew some text of an element with: whether the page served it, how many glyphs. */
    record DrawnFont(String family, boolean served, int glyphs) {}

    /** The reader's system setting a tab pretends to have. */
    enum ColorScheme {
        LIGHT("light"),
        DARK("dark");

        final String cssValue;

        ColorScheme(String cssValue) {
            this.cssValue = cssValue;
        }
    }

    /** One tab: load a page, run script in it, ask what font it drew with, take its picture. */
    final class Tab implements AutoCloseable {
        private final String target;
        private final String session;

        private Tab(String target, String session) {
            this.target = target;
            this.session = session;
        }

        /** Loads {@code url} and waits for its load event and its web fonts. */
        void load(URI url) {
            CompletableFuture<JsonNode> loaded = event(session, "Page.loadEventFired");
            JsonNode navigated = call("Page.navigate", Map.of("url", url.toString()));
            if (navigated.has("errorText"))
                throw new IllegalStateException("chromium could not load " + url + ": " + navigated.get("errorText"));
            await(loaded, "load event of " + url);
            evaluate("document.fonts.ready.then(() => true)");
        }

        /**
         * Runs a JavaScript expression in the page (a promise is awaited) and returns its value as
         * JSON; a script error fails with the browser's message.
         */
        JsonNode evaluate(String expression) {
            JsonNode reply = call(
                    "Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
            if (reply.has("exceptionDetails"))
                throw new IllegalStateException("script failed in the page: "
                        + reply.get("exceptionDetails").toString().substring(0, 600));
            return reply.path("result").path("value");
        }

        /**
         * The fonts Chromium really drew the text of the first element matching {@code selector} with,
         * most glyphs first; empty when nothing matches.
         */
        List<DrawnFont> fontsOf(String selector) {
            int root = call("DOM.getDocument", Map.of())
                    .path("root")
                    .path("nodeId")
                    .asInt();
            int node = call("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                    .path("nodeId")
                    .asInt();
            if (node == 0) return List.of();
            List<DrawnFont> fonts = new ArrayList<>();
            for (JsonNode font :
                    call("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).path("fonts"))
                fonts.add(new DrawnFont(
                        font.path("familyName").asText(),
                        font.path("isCustomFont").asBoolean(),
                        font.path("glyphCount").asInt()));
            return fonts;
        }

        /**
         * Clicks the first element matching {@code selector}, as a reader would, and waits for the
         * page it leads to; returns that page's address.
         */
        URI follow(String selector) {
            CompletableFuture<JsonNode> loaded = event(session, "Page.loadEventFired");
            evaluate("document.querySelector(" + JSON.valueToTree(selector) + ").click(); true");
            await(loaded, "the page behind " + selector);
            evaluate("document.fonts.ready.then(() => true)");
            return URI.create(evaluate("location.href").asText());
        }

        /** Presses the Tab key once, as a keyboard reader moves focus. */
        void pressTab() {
            for (String type : List.of("keyDown", "keyUp"))
                call(
                        "Input.dispatchKeyEvent",
                        Map.of("type", type, "key", "Tab", "code", "Tab", "windowsVirtualKeyCode", 9));
        }

        /** A PNG of the viewport or of the whole page written to {@code png}. */
        void screenshot(Path png, Extent extent) throws IOException {
            // beyond the viewport only when there is more: Chromium 156 draws a right-to-left page
            // shorter than its viewport shifted sideways when asked to capture beyond it
            boolean longer = evaluate("document.documentElement.scrollHeight > innerHeight")
                    .asBoolean();
            Map<String, Object> params = extent == Extent.WHOLE_PAGE && longer
                    ? Map.of("format", "png", "captureBeyondViewport", true)
                    : Map.of("format", "png");
            String data = call("Page.captureScreenshot", params).path("data").asText();
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, Base64.getDecoder().decode(data));
        }

        private JsonNode call(String method, Map<String, Object> params) {
            return HeadlessChromium.this.call(session, method, params);
        }

        @Override
        public void close() {
            HeadlessChromium.this.call(null, "Target.closeTarget", Map.of("targetId", target));
        }
    }

    private JsonNode call(String session, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) message.put("sessionId", session);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(message.toString(), true).join();
        JsonNode answer = await(reply, method);
        if (answer.has("error")) throw new IllegalStateException(method + " failed: " + answer.get("error"));
        return answer.path("result");
    }

    private CompletableFuture<JsonNode> event(String session, String method) {
        EventWait wait = new EventWait(session, method, new CompletableFuture<>());
        synchronized (waits) {
            waits.add(wait);
        }
        return wait.fired;
    }

    private static JsonNode await(CompletableFuture<JsonNode> future, String what) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("chromium did not answer " + what + " within " + TIMEOUT, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("chromium failed on " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("chromium sent no JSON: " + text, e);
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) reply.complete(message);
            return;
        }
        String method = message.path("method").asText();
        String session = message.path("sessionId").asText(null);
        synchronized (waits) {
            waits.removeIf(w -> w.matches(session, method) && w.fired.complete(message.path("params")));
        }
    }

    private record EventWait(String session, String method, CompletableFuture<JsonNode> fired) {
        boolean matches(String eventSession, String eventMethod) {
            return method.equals(eventMethod) && session.equals(eventSession);
        }
    }

    /** Joins the frames of one message and hands whole messages on. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                receive(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            replies.values().forEach(r -> r.completeExceptionally(error));
        }
    }

    /** Closes the browser and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
