package dev.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Chrome DevTools Protocol over one WebSocket (java.net.http): numbered commands answered by
 * replies with the same number, and events, each routed to the session (tab) it came from
 * ("flatten" sessions, so one socket serves every tab).
 */
final class DevToolsSocket implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<EventWait> waits = new ArrayList<>();
    private WebSocket socket;

    private DevToolsSocket(Duration timeout) {
        this.timeout = timeout;
    }

    /** Connects to the browser's debugger address; each command then waits at most {@code timeout}. */
    static DevToolsSocket connect(URI debugger, Duration timeout) {
        DevToolsSocket devtools = new DevToolsSocket(timeout);
        devtools.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(debugger, devtools.new Listener())
                .orTimeout(timeout.toSeconds(), TimeUnit.SECONDS)
                .join();
        return devtools;
    }

    /**
     * Sends one command ({@code session} null for the browser itself) and waits for its result;
     * a protocol error fails with the browser's message.
     */
    JsonNode call(String session, String method, Map<String, Object> params) {
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

    /** The next event {@code method} of {@code session}; ask before the command that causes it. */
    CompletableFuture<JsonNode> event(String session, String method) {
        EventWait wait = new EventWait(session, method, new CompletableFuture<>());
        synchronized (waits) {
            waits.add(wait);
        }
        return wait.fired;
    }

    /** Waits for a reply or an event, failing after the timeout with {@code what} in the message. */
    JsonNode await(CompletableFuture<JsonNode> future, String what) {
        try {
            return future.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("chromium did not answer " + what + " within " + timeout, e);
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

    /** Drops the connection; the browser's end notices and lets go. */
    @Override
    public void close() {
        socket.abort();
    }
}
