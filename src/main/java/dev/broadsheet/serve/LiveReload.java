package dev.broadsheet.serve;

import dev.broadsheet.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live reload over server-sent events: open pages listen on {@value #EVENTS} and reload when a build
 * finishes. The script and the problem overlay are added to pages as they are served, never to the
 * built site.
 */
final class LiveReload {

    static final String PREFIX = "/__broadsheet/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live.js";
    static final byte[] SCRIPT_BODY = """
            (function () {
              var source = new EventSource("/__broadsheet/events");
              source.addEventListener("reload", function () { location.reload(); });
            })();
            """.getBytes(StandardCharsets.UTF_8);

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    void listen(OutputStream stream) throws IOException {
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    /** Tells every open page to reload; forgets pages that have gone. */
    void reload(long version) {
        byte[] event = ("event: reload\ndata: " + version + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(event);
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
                closeQuietly(listener);
            }
        }
    }

    boolean isListening(OutputStream stream) {
        return listeners.contains(stream);
    }

    /** A comment line that keeps the connection open and notices pages that have gone. */
    void ping(OutputStream stream) {
        try {
            stream.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            listeners.remove(stream);
            closeQuietly(stream);
        }
    }

    void closeAll() {
        listeners.forEach(LiveReload::closeQuietly);
        listeners.clear();
    }

    int listenerCount() {
        return listeners.size();
    }

    /** The page with the live-reload script, and the problems overlay when the latest build failed. */
    static byte[] inject(byte[] html, List<Problem> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder extra = new StringBuilder();
        if (!problems.isEmpty()) {
            extra.append("<div id=\"broadsheet-problems\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;"
                    + "z-index:2147483647;background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;"
                    + "border-top:4px solid #e5484d;white-space:pre-wrap\"><strong>Broadsheet: the last build failed; "
                    + "this is the last good site.</strong>\n");
            problems.forEach(problem -> extra.append(escape(problem.toString())).append('\n'));
            extra.append("</div>");
        }
        extra.append("<script src=\"").append(SCRIPT).append("\"></script>");
        int body = page.lastIndexOf("</body>");
        String injected = body < 0 ? page + extra : page.substring(0, body) + extra + page.substring(body);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** A page for when no build has ever succeeded: only the problems. */
    static byte[] problemsPage(List<Problem> problems) {
        return inject(("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Broadsheet: build failed</title></head>"
                + "<body></body></html>").getBytes(StandardCharsets.UTF_8), problems);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
