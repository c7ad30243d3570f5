package dev.wasmjs.glue.fetch;

import java.util.Locale;
import java.util.Map;

/** The Content-Type a web server would send for a file, by its extension ({@code .wasm} -> application/wasm). */
public final class ContentTypes {
    private ContentTypes() {
    }

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("wasm", "application/wasm"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("cjs", "text/javascript"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("txt", "text/plain"),
            Map.entry("md", "text/markdown"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("csv", "text/csv"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("gz", "application/gzip"),
            Map.entry("wat", "text/plain"),
            Map.entry("sqlite", "application/vnd.sqlite3"),
            Map.entry("db", "application/octet-stream"),
            Map.entry("bin", "application/octet-stream"));

    public static String forFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
