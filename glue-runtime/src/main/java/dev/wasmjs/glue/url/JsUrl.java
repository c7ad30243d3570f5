package dev.wasmjs.glue.url;

import dev.wasmjs.glue.url.UrlParser.State;
import org.graalvm.polyglot.HostAccess;

/**
 * The state behind one JS {@code URL} object: the record plus the getters and setters of the URL standard's
 * API section. The JS class (url.js) keeps one of these in a private field and adds URLSearchParams syncing.
 */
public final class JsUrl {
    private UrlRecord url;

    private JsUrl(UrlRecord url) {
        this.url = url;
    }

    /** Parses; throws {@link UrlParser.InvalidUrlException} (a TypeError in JS) on failure. */
    public static JsUrl parse(String input, String base) throws UrlParser.InvalidUrlException {
        UrlRecord baseRecord = null;
        if (base != null) {
            baseRecord = UrlParser.parse(base, (UrlRecord) null);
        }
        return new JsUrl(UrlParser.parse(input, baseRecord));
    }

    public UrlRecord record() {
        return url;
    }

    @HostAccess.Export
    public String getHref() {
        return url.href();
    }

    @HostAccess.Export
    public void setHref(String value) throws UrlParser.InvalidUrlException {
        url = UrlParser.parse(value, (UrlRecord) null);
    }

    @HostAccess.Export
    public String getOrigin() {
        return url.origin();
    }

    @HostAccess.Export
    public String getProtocol() {
        return url.scheme + ":";
    }

    @HostAccess.Export
    public void setProtocol(String value) {
        apply(UrlParser.parseWithOverride(value + ":", url, State.SCHEME_START));
    }

    private void apply(UrlRecord changed) {
        if (changed != null) {
            url = changed;
        }
    }

    private boolean cannotHaveCredentialsOrPort() {
        return url.host == null || url.host.isEmpty() || url.scheme.equals("file");
    }

    @HostAccess.Export
    public String getUsername() {
        return url.username;
    }

    @HostAccess.Export
    public void setUsername(String value) {
        if (!cannotHaveCredentialsOrPort()) {
            url.username = PercentEncoding.encode(value, PercentEncoding.EncodeSet.USERINFO, false);
        }
    }

    @HostAccess.Export
    public String getPassword() {
        return url.password;
    }

    @HostAccess.Export
    public void setPassword(String value) {
        if (!cannotHaveCredentialsOrPort()) {
            url.password = PercentEncoding.encode(value, PercentEncoding.EncodeSet.USERINFO, false);
        }
    }

    @HostAccess.Export
    public String getHost() {
        if (url.host == null) {
            return "";
        }
        return url.port >= 0 ? url.host + ":" + url.port : url.host;
    }

    @HostAccess.Export
    public void setHost(String value) {
        if (!url.hasOpaquePath()) {
            apply(UrlParser.parseWithOverride(value, url, State.HOST));
        }
    }

    @HostAccess.Export
    public String getHostname() {
        return url.host == null ? "" : url.host;
    }

    @HostAccess.Export
    public void setHostname(String value) {
        if (!url.hasOpaquePath()) {
            apply(UrlParser.parseWithOverride(value, url, State.HOSTNAME));
        }
    }

    @HostAccess.Export
    public String getPort() {
        return url.port < 0 ? "" : Integer.toString(url.port);
    }

    @HostAccess.Export
    public void setPort(String value) {
        if (cannotHaveCredentialsOrPort()) {
            return;
        }
        if (value.isEmpty()) {
            url.port = -1;
        } else {
            apply(UrlParser.parseWithOverride(value, url, State.PORT));
        }
    }

    @HostAccess.Export
    public String getPathname() {
        return url.pathname();
    }

    @HostAccess.Export
    public void setPathname(String value) {
        if (url.hasOpaquePath()) {
            return;
        }
        UrlRecord copy = url.copy();
        copy.path.clear();
        apply(UrlParser.parseWithOverride(value, copy, State.PATH_START));
    }

    @HostAccess.Export
    public String getSearch() {
        return url.query == null || url.query.isEmpty() ? "" : "?" + url.query;
    }

    @HostAccess.Export
    public void setSearch(String value) {
        if (value.isEmpty()) {
            url.query = null;
            return;
        }
        UrlRecord copy = url.copy();
        copy.query = "";
        apply(UrlParser.parseWithOverride(value.startsWith("?") ? value.substring(1) : value, copy, State.QUERY));
    }

    /** The raw query (without '?'), or null; URLSearchParams is built from it. */
    @HostAccess.Export
    public String getQuery() {
        return url.query;
    }

    /** Sets the query as URLSearchParams serialized it (already form-encoded); empty means none. */
    @HostAccess.Export
    public void setQueryFromParams(String serialized) {
        url.query = serialized.isEmpty() ? null : serialized;
    }

    @HostAccess.Export
    public String getHash() {
        return url.fragment == null || url.fragment.isEmpty() ? "" : "#" + url.fragment;
    }

    @HostAccess.Export
    public void setHash(String value) {
        if (value.isEmpty()) {
            url.fragment = null;
            return;
        }
        UrlRecord copy = url.copy();
        copy.fragment = "";
        apply(UrlParser.parseWithOverride(value.startsWith("#") ? value.substring(1) : value, copy, State.FRAGMENT));
    }
}
