package io.github.nhsstructure.examples.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium driven through the Chrome DevTools protocol, with the JDK's WebSocket client: no
 * WebDriver, no extra dependency. Starts the browser with a fresh profile, attaches to its page, and offers
 * navigate, evaluate and screenshot.
 */
final class HeadlessChromium implements AutoCloseable {

    /** The browser binaries looked for on the PATH, in order; {@code CHROMIUM} names another. */
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** Finds the browser: {@code $CHROMIUM}, else the first of {@link #NAMES} on the PATH. */
    static Optional<Path> find() {
        String named = System.getenv("CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary) throws Exception {
        profile = Files.createTempDirectory("nhs-structure-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = awaitDevToolsUrl();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode target : JSON.readTree(list).values()) {
            if ("page".equals(target.path("type").asString())) {
                pageUrl = target.path("webSocketDebuggerUrl").asString();
                break;
            }
        }
        if (pageUrl == null) {
            close();
            throw new IOException("Chromium opened no page: " + list);
        }
        socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageUrl), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private String awaitDevToolsUrl() throws IOException {
        // Chromium prints the browser endpoint on stderr; the rest of stderr is noise (dbus, GPU) and is drained.
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.add(line);
        }
        process.destroyForcibly();
        throw new IOException("Chromium did not start its DevTools endpoint; it said: " + String.join("\n", seen));
    }

    /**
     * Sends one DevTools command and waits for its result.
     *
     * @param method  the method, such as {@code Page.navigate}
     * @param params  the parameters
     * @return the {@code result} object
     */
    JsonNode send(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode response;
        try {
            response = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer from Chromium", e);
        }
        if (response.has("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.path("result");
    }

    void navigate(String url) {
        send("Page.navigate", Map.of("url", url));
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates until the expression is true, or fails after the timeout. */
    void await(String expression, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (evaluate(expression).asBoolean(false)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the page never made this true within " + timeout + ": " + expression);
    }

    void screenshot(Path file) throws IOException {
        String data = send("Page.captureScreenshot", Map.of("format", "png")).path("data").asString();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }
        } catch (RuntimeException e) {
            // the browser is being stopped anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects text frames into messages and completes the command each answers; events are ignored. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                JsonNode message = JSON.readTree(buffer.toString());
                buffer.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
