package dev.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.render.Output;
import dev.broadsheet.site.Urls;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The development web server: serves the latest complete {@link SiteSnapshot} from memory, so a page
 * is never half-written, and only files of the site, to the hosts it was started for.
 */
final class DevServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "broadsheet-http");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<SiteSnapshot> site = new AtomicReference<>(SiteSnapshot.empty());
    private final LiveReload liveReload = new LiveReload();
    private final Set<String> allowedHosts;
    private final boolean anyAddress;
    private final int port;
    /** An IP address literal, as a browser sends it in Host: 192.168.1.5 or [fe80::1]. */
    private static final java.util.regex.Pattern IP_LITERAL =
            java.util.regex.Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9a-f:.]+\\]");

    /**
     * @param bind the address to listen on ({@code 127.0.0.1} unless the writer asks otherwise)
     * @param port the port, 0 for any free one
     */
    DevServer(String bind, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        int actual = server.getAddress().getPort();
        this.port = actual;
        // Bound to every address, the server answers to any IP literal; names other than localhost
        // stay refused, since only a name can be re-bound to this machine by a hostile page.
        this.anyAddress = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
        allowedHosts = bind.equals("127.0.0.1") || bind.equals("localhost")
                ? Set.of("127.0.0.1:" + actual, "localhost:" + actual, "[::1]:" + actual)
                : Set.of("127.0.0.1:" + actual, "localhost:" + actual, "[::1]:" + actual, hostOf(bind) + ":" + actual);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code snapshot} from now on and tells open pages to reload. */
    void publish(SiteSnapshot snapshot) {
        site.set(snapshot);
        liveReload.reload(snapshot.version());
    }

    SiteSnapshot current() {
        return site.get();
    }

    int liveReloadListeners() {
        return liveReload.listenerCount();
    }

    @Override
    public void close() {
        liveReload.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String method = exchange.getRequestMethod();
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("").toLowerCase(Locale.ROOT);
            if (!allowedHosts.contains(host) && !(anyAddress && isIpLiteralOnOurPort(host))) {
                sendText(exchange, 403, "Forbidden: this server answers only to " + String.join(", ", allowedHosts));
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(LiveReload.EVENTS)) {
                streamEvents(exchange);
                return;
            }
            if (rawPath.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT_BODY);
                return;
            }
            Optional<String> path = RequestPath.toOutputPath(rawPath);
            if (path.isEmpty()) {
                sendText(exchange, 400, "Bad request path");
                return;
            }
            serveFile(exchange, rawPath, path.get());
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath, String path) throws IOException {
        SiteSnapshot snapshot = site.get();
        Optional<Output> file = snapshot.find(path);
        if (file.isEmpty() && snapshot.find(path + "/index.html").isPresent()) {
            exchange.getResponseHeaders().set("Location", rawPath + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (file.isEmpty()) {
            Optional<Output> notFound = snapshot.find(Urls.NOT_FOUND);
            if (notFound.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8", LiveReload.problemsPage(snapshot.problems()));
            } else {
                send(exchange, 404, "text/html; charset=utf-8", LiveReload.inject(notFound.get().bytes(), snapshot.problems()));
            }
            return;
        }
        String type = ContentTypes.of(path, () -> file.get().bytes());
        if (type.startsWith("text/html")) {
            send(exchange, 200, type, LiveReload.inject(file.get().bytes(), snapshot.problems()));
        } else {
            send(exchange, 200, type, file.get().parts()); // the search index goes out in its parts, never joined
        }
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        liveReload.listen(body);
        // The exchange stays open: the stream is closed when the page goes or the server stops.
        try {
            while (!Thread.currentThread().isInterrupted() && liveReload.isListening(body)) {
                Thread.sleep(15_000);
                liveReload.ping(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isIpLiteralOnOurPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.substring(colon + 1).equals(Integer.toString(port))
                && IP_LITERAL.matcher(host.substring(0, colon)).matches();
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, type, List.of(body));
    }

    private static void send(HttpExchange exchange, int status, String type, List<byte[]> parts) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        long length = parts.stream().mapToLong(part -> part.length).sum();
        exchange.sendResponseHeaders(status, head || length == 0 ? -1 : length);
        if (!head && length > 0) {
            OutputStream out = exchange.getResponseBody();
            for (byte[] part : parts) {
                out.write(part);
            }
        }
    }

    private static String hostOf(String bind) {
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }
}
