package dev.broadsheet.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of a served file, by its extension. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"));

    private static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypes() {
    }

    /**
     * The type of {@code path}; a file without an extension that holds XML (a copy of a feed at an
     * old blog's feed address, such as {@code feeds/posts/default}) is XML.
     */
    static String of(String path, java.util.function.Supplier<byte[]> bytes) {
        String type = of(path);
        if (type.equals(OCTET_STREAM) && path.substring(path.lastIndexOf('/') + 1).indexOf('.') < 0) {
            byte[] start = bytes.get();
            if (start.length >= 5 && new String(start, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("<?xml")) {
                return "application/xml; charset=utf-8";
            }
        }
        return type;
    }

    static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, OCTET_STREAM);
    }
}
