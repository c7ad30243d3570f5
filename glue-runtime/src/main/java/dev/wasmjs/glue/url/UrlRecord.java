package dev.wasmjs.glue.url;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed URL as the WHATWG URL standard models it. Mutable because the URL setters ({@code url.pathname = ...})
 * re-run parts of the parser on an existing record.
 */
public final class UrlRecord {
    String scheme = "";
    String username = "";
    String password = "";
    /** Serialized host, or null when the URL has none. */
    String host;
    /** -1 when absent. */
    int port = -1;
    /** Path segments, unless the URL has an opaque path (then {@link #opaquePath} is set). */
    List<String> path = new ArrayList<>();
    String opaquePath;
    String query;
    String fragment;

    UrlRecord copy() {
        UrlRecord r = new UrlRecord();
        r.scheme = scheme;
        r.username = username;
        r.password = password;
        r.host = host;
        r.port = port;
        r.path = new ArrayList<>(path);
        r.opaquePath = opaquePath;
        r.query = query;
        r.fragment = fragment;
        return r;
    }

    public boolean isSpecial() {
        return Schemes.isSpecial(scheme);
    }

    boolean hasCredentials() {
        return !username.isEmpty() || !password.isEmpty();
    }

    boolean hasOpaquePath() {
        return opaquePath != null;
    }

    void shortenPath() {
        if (scheme.equals("file") && path.size() == 1 && isNormalizedWindowsDriveLetter(path.get(0))) {
            return;
        }
        if (!path.isEmpty()) {
            path.remove(path.size() - 1);
        }
    }

    static boolean isWindowsDriveLetter(String s) {
        return s.length() == 2 && isAsciiAlpha(s.charAt(0)) && (s.charAt(1) == ':' || s.charAt(1) == '|');
    }

    static boolean isNormalizedWindowsDriveLetter(String s) {
        return s.length() == 2 && isAsciiAlpha(s.charAt(0)) && s.charAt(1) == ':';
    }

    static boolean isAsciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public String scheme() {
        return scheme;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String query() {
        return query;
    }

    public String fragment() {
        return fragment;
    }

    public String pathname() {
        if (opaquePath != null) {
            return opaquePath;
        }
        StringBuilder sb = new StringBuilder();
        for (String segment : path) {
            sb.append('/').append(segment);
        }
        return sb.toString();
    }

    /** The URL serializer. */
    public String href(boolean excludeFragment) {
        StringBuilder sb = new StringBuilder(scheme).append(':');
        if (host != null) {
            sb.append("//");
            if (hasCredentials()) {
                sb.append(username);
                if (!password.isEmpty()) {
                    sb.append(':').append(password);
                }
                sb.append('@');
            }
            sb.append(host);
            if (port >= 0) {
                sb.append(':').append(port);
            }
        } else if (opaquePath == null && path.size() > 1 && path.get(0).isEmpty()) {
            sb.append("/.");
        }
        sb.append(pathname());
        if (query != null) {
            sb.append('?').append(query);
        }
        if (!excludeFragment && fragment != null) {
            sb.append('#').append(fragment);
        }
        return sb.toString();
    }

    public String href() {
        return href(false);
    }

    /** The ASCII serialization of the URL's origin ("null" for opaque origins). */
    public String origin() {
        switch (scheme) {
            case "blob":
                try {
                    UrlRecord inner = UrlParser.parse(pathname(), (UrlRecord) null);
                    if (inner.scheme.equals("http") || inner.scheme.equals("https")) {
                        return inner.origin();
                    }
                } catch (UrlParser.InvalidUrlException e) {
                    // opaque origin
                }
                return "null";
            case "ftp", "http", "https", "ws", "wss":
                return scheme + "://" + host + (port >= 0 ? ":" + port : "");
            default:
                return "null";
        }
    }

    @Override
    public String toString() {
        return href();
    }
}
