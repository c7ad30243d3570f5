package dev.wasmjs.glue.fetch;

import dev.wasmjs.glue.io.AccessPolicy;
import dev.wasmjs.glue.url.PercentEncoding;
import dev.wasmjs.glue.url.UrlParser;
import dev.wasmjs.glue.url.UrlRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Performs the "fetch" part of {@code fetch()}: {@code file:} URLs from disk (within the access policy),
 * {@code data:} URLs, and {@code http(s):} when the user allowed the network. Failures are {@link FetchFailure}s,
 * which JS turns into a rejected promise with a TypeError, as browsers do for network errors.
 */
public final class Fetcher {
    private final AccessPolicy policy;
    private final boolean networkAllowed;
    private volatile HttpClient http;

    public Fetcher(AccessPolicy policy, boolean networkAllowed) {
        this.policy = policy;
        this.networkAllowed = networkAllowed;
    }

    /** Whether {@code url} is fetched on another thread (network) rather than right away. */
    public static boolean isNetwork(String url) {
        return url.regionMatches(true, 0, "http:", 0, 5) || url.regionMatches(true, 0, "https:", 0, 6);
    }

    /** Fetches a file: or data: URL synchronously; throws for anything else. */
    public FetchResult fetchLocal(String url, String method) throws FetchFailure {
        UrlRecord record;
        try {
            record = UrlParser.parse(url, (UrlRecord) null);
        } catch (UrlParser.InvalidUrlException e) {
            throw new FetchFailure("Failed to parse URL from " + url);
        }
        return switch (record.scheme()) {
            case "file" -> file(record, method);
            case "data" -> data(record);
            case "http", "https" -> throw new FetchFailure("network access is disabled, cannot fetch " + url
                    + " (run wasmjs with --allow-net)");
            default -> throw new FetchFailure("fetch does not support the URL scheme '" + record.scheme() + ":' ("
                    + url + ")");
        };
    }

    private FetchResult file(UrlRecord url, String method) throws FetchFailure {
        Path path = filePath(url);
        if (path == null) {
            throw new FetchFailure("Failed to fetch " + url.href() + ": not a local file path");
        }
        try {
            policy.checkRead(path);
            if (Files.isDirectory(path)) {
                throw new FetchFailure("Failed to fetch " + url.href() + ": is a directory");
            }
            byte[] body = method.equals("HEAD") ? new byte[0] : Files.readAllBytes(path);
            List<String[]> headers = new ArrayList<>();
            headers.add(new String[] {"content-type", ContentTypes.forFileName(path.getFileName().toString())});
            headers.add(new String[] {"content-length", Long.toString(Files.size(path))});
            return new FetchResult(200, "OK", url.href(), headers, body, false);
        } catch (NoSuchFileException e) {
            throw new FetchFailure("Failed to fetch " + url.href() + ": no such file");
        } catch (AccessDeniedException e) {
            throw new FetchFailure("Failed to fetch " + url.href() + ": access denied, " + e.getReason());
        } catch (IOException e) {
            throw new FetchFailure("Failed to fetch " + url.href() + ": " + e.getMessage());
        }
    }

    /** The local path a file: URL names, or null when it names another host or is not a valid path. */
    public static Path filePath(UrlRecord url) {
        if (url.host() != null && !url.host().isEmpty()) {
            return null;
        }
        try {
            return Path.of(PercentEncoding.decode(url.pathname()));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The fetch standard's data: URL processor. */
    static FetchResult data(UrlRecord url) throws FetchFailure {
        String input = url.href(true).substring("data:".length());
        int comma = input.indexOf(',');
        if (comma < 0) {
            throw new FetchFailure("Failed to fetch data: URL without a comma");
        }
        String mime = input.substring(0, comma).strip();
        byte[] body = PercentEncoding.decodeToBytes(input.substring(comma + 1));
        String lower = mime.toLowerCase(Locale.ROOT);
        int semi = lower.lastIndexOf(';');
        if (semi >= 0 && lower.substring(semi + 1).strip().equals("base64")) {
            String b64 = new String(body, StandardCharsets.ISO_8859_1).replaceAll("[\\t\\n\\f\\r ]", "");
            try {
                body = Base64.getDecoder().decode(b64.endsWith("=") || b64.length() % 4 == 0 ? b64
                        : b64 + "==".substring(0, (4 - b64.length() % 4) % 4));
            } catch (IllegalArgumentException e) {
                throw new FetchFailure("Failed to fetch data: URL: invalid base64");
            }
            mime = mime.substring(0, semi).strip();
        }
        if (mime.startsWith(";")) {
            mime = "text/plain" + mime;
        }
        if (mime.isEmpty()) {
            mime = "text/plain;charset=US-ASCII";
        }
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"content-type", mime});
        return new FetchResult(200, "OK", url.href(), headers, body, false);
    }

    /** Fetches an http(s) URL asynchronously; fails at once when the network is not allowed. */
    public CompletableFuture<FetchResult> fetchNetwork(String url, String method, List<String[]> requestHeaders,
            byte[] requestBody) {
        if (!networkAllowed) {
            return CompletableFuture.failedFuture(new FetchFailure("network access is disabled, cannot fetch " + url
                    + " (run wasmjs with --allow-net)"));
        }
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new FetchFailure("Failed to parse URL from " + url));
        }
        for (String[] h : requestHeaders) {
            try {
                b.header(h[0], h[1]);
            } catch (IllegalArgumentException e) {
                // restricted headers (host, connection, ...) are set by the client, as browsers do
            }
        }
        b.method(method, requestBody == null || requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(requestBody));
        return client().sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).handle((resp, err) -> {
            if (err != null) {
                Throwable cause = err.getCause() != null ? err.getCause() : err;
                throw new java.util.concurrent.CompletionException(
                        new FetchFailure("Failed to fetch " + url + ": " + cause, cause));
            }
            List<String[]> headers = new ArrayList<>();
            resp.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    for (String v : values) {
                        headers.add(new String[] {name.toLowerCase(Locale.ROOT), v});
                    }
                }
            });
            String finalUrl = resp.uri().toString();
            return new FetchResult(resp.statusCode(), "", finalUrl, headers, resp.body(), !finalUrl.equals(url));
        });
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(30)).build();
                    http = c;
                }
            }
        }
        return c;
    }
}
