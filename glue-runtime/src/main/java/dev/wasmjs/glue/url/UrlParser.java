package dev.wasmjs.glue.url;

import static dev.wasmjs.glue.url.UrlRecord.isAsciiAlpha;
import static dev.wasmjs.glue.url.UrlRecord.isWindowsDriveLetter;

import dev.wasmjs.glue.url.PercentEncoding.EncodeSet;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The WHATWG "basic URL parser": a state machine over code points, used for {@code new URL(input, base)} and,
 * with a state override, for the URL setters. Follows the standard's states and their order, so the code can
 * be read side by side with it.
 */
public final class UrlParser {
    /** Parsing failed: {@code new URL} throws a TypeError with this message. */
    public static final class InvalidUrlException extends Exception {
        public InvalidUrlException(String message) {
            super(message, null, false, false);
        }
    }

    public enum State {
        SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE, RELATIVE_SLASH,
        SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST, HOSTNAME, PORT, FILE,
        FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY, FRAGMENT
    }

    private static final int EOF = -1;

    private final int[] input;
    private final UrlRecord base;
    private final UrlRecord url;
    private final State override;
    private State state;
    private int pointer;
    private final StringBuilder buffer = new StringBuilder();
    private boolean atSignSeen;
    private boolean insideBrackets;
    private boolean passwordTokenSeen;

    private UrlParser(String in, UrlRecord base, UrlRecord url, State override) {
        this.input = in.codePoints().toArray();
        this.base = base;
        this.url = url;
        this.override = override;
        this.state = override != null ? override : State.SCHEME_START;
    }

    /** Parses {@code input} against an optional base. */
    public static UrlRecord parse(String input, UrlRecord base) throws InvalidUrlException {
        UrlRecord url = new UrlRecord();
        new UrlParser(trimControlAndSpace(stripTabsAndNewlines(input)), base, url, null).run();
        return url;
    }

    /** Parses {@code input} as a URL, then against {@code base} parsed first; for convenience from Java. */
    public static UrlRecord parse(String input, String base) throws InvalidUrlException {
        return parse(input, base == null ? null : parse(base, (UrlRecord) null));
    }

    /**
     * Re-parses one component into a copy of {@code url} (the setters). Returns null when the standard says to
     * leave the URL unchanged (failure, or a state that returns early without a change).
     */
    public static UrlRecord parseWithOverride(String input, UrlRecord url, State override) {
        UrlRecord copy = url.copy();
        try {
            new UrlParser(stripTabsAndNewlines(input), null, copy, override).run();
            return copy;
        } catch (InvalidUrlException e) {
            return null;
        }
    }

    static String stripTabsAndNewlines(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\t", "").replace("\n", "").replace("\r", "");
    }

    private static String trimControlAndSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= 0x20) {
            end--;
        }
        return s.substring(start, end);
    }

    private int c() {
        return pointer < input.length ? input[pointer] : EOF;
    }

    private int at(int i) {
        return i < input.length && i >= 0 ? input[i] : EOF;
    }

    private boolean remainingStartsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at(pointer + 1 + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpecialEnd(int c, boolean special) {
        return c == EOF || c == '/' || c == '?' || c == '#' || (special && c == '\\');
    }

    private static InvalidUrlException fail(String why) {
        return new InvalidUrlException(why);
    }

    /** Signals that a state-override parse returns early, leaving the copy as it is. */
    private static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }

    private void run() throws InvalidUrlException {
        try {
            for (;; pointer++) {
                step(c());
                if (pointer >= input.length) {
                    break;
                }
            }
        } catch (Done d) {
            // returned early, as the state override asked
        }
    }

    private void step(int c) throws InvalidUrlException {
        switch (state) {
            case SCHEME_START -> {
                if (c != EOF && isAsciiAlpha(c)) {
                    buffer.append(Character.toLowerCase((char) c));
                    state = State.SCHEME;
                } else if (override == null) {
                    state = State.NO_SCHEME;
                    pointer--;
                } else {
                    throw fail("invalid scheme");
                }
            }
            case SCHEME -> scheme(c);
            case NO_SCHEME -> {
                if (base == null || (base.hasOpaquePath() && c != '#')) {
                    throw fail("Invalid URL");
                } else if (base.hasOpaquePath() && c == '#') {
                    url.scheme = base.scheme;
                    url.path = new ArrayList<>(base.path);
                    url.opaquePath = base.opaquePath;
                    url.query = base.query;
                    url.fragment = "";
                    state = State.FRAGMENT;
                } else if (!base.scheme.equals("file")) {
                    state = State.RELATIVE;
                    pointer--;
                } else {
                    state = State.FILE;
                    pointer--;
                }
            }
            case SPECIAL_RELATIVE_OR_AUTHORITY -> {
                if (c == '/' && at(pointer + 1) == '/') {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    pointer++;
                } else {
                    state = State.RELATIVE;
                    pointer--;
                }
            }
            case PATH_OR_AUTHORITY -> {
                if (c == '/') {
                    state = State.AUTHORITY;
                } else {
                    state = State.PATH;
                    pointer--;
                }
            }
            case RELATIVE -> relative(c);
            case RELATIVE_SLASH -> {
                if (url.isSpecial() && (c == '/' || c == '\\')) {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                } else if (c == '/') {
                    state = State.AUTHORITY;
                } else {
                    url.username = base.username;
                    url.password = base.password;
                    url.host = base.host;
                    url.port = base.port;
                    state = State.PATH;
                    pointer--;
                }
            }
            case SPECIAL_AUTHORITY_SLASHES -> {
                if (c == '/' && at(pointer + 1) == '/') {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    pointer++;
                } else {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    pointer--;
                }
            }
            case SPECIAL_AUTHORITY_IGNORE_SLASHES -> {
                if (c != '/' && c != '\\') {
                    state = State.AUTHORITY;
                    pointer--;
                }
            }
            case AUTHORITY -> authority(c);
            case HOST, HOSTNAME -> host(c);
            case PORT -> port(c);
            case FILE -> file(c);
            case FILE_SLASH -> fileSlash(c);
            case FILE_HOST -> fileHost(c);
            case PATH_START -> pathStart(c);
            case PATH -> path(c);
            case OPAQUE_PATH -> {
                if (c == '?') {
                    url.query = "";
                    state = State.QUERY;
                } else if (c == '#') {
                    url.fragment = "";
                    state = State.FRAGMENT;
                } else if (c == ' ') {
                    int next = at(pointer + 1);
                    url.opaquePath += (next == '?' || next == '#') ? "%20" : " ";
                } else if (c != EOF) {
                    StringBuilder sb = new StringBuilder(url.opaquePath);
                    PercentEncoding.appendEncoded(sb, c, EncodeSet.C0_CONTROL, false);
                    url.opaquePath = sb.toString();
                }
            }
            case QUERY -> query(c);
            case FRAGMENT -> {
                if (c != EOF) {
                    StringBuilder sb = new StringBuilder(url.fragment);
                    PercentEncoding.appendEncoded(sb, c, EncodeSet.FRAGMENT, false);
                    url.fragment = sb.toString();
                }
            }
        }
    }

    private void scheme(int c) throws InvalidUrlException {
        if (c != EOF && (isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
            buffer.append(Character.toLowerCase((char) c));
        } else if (c == ':') {
            String newScheme = buffer.toString();
            if (override != null) {
                if (url.isSpecial() != Schemes.isSpecial(newScheme)) {
                    throw new Done();
                }
                if ((url.hasCredentials() || url.port >= 0) && newScheme.equals("file")) {
                    throw new Done();
                }
                if (url.scheme.equals("file") && url.host != null && url.host.isEmpty()) {
                    throw new Done();
                }
            }
            url.scheme = newScheme;
            if (override != null) {
                if (url.port == Schemes.defaultPort(url.scheme)) {
                    url.port = -1;
                }
                throw new Done();
            }
            buffer.setLength(0);
            if (url.scheme.equals("file")) {
                state = State.FILE;
            } else if (url.isSpecial() && base != null && base.scheme.equals(url.scheme)) {
                state = State.SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (url.isSpecial()) {
                state = State.SPECIAL_AUTHORITY_SLASHES;
            } else if (at(pointer + 1) == '/') {
                state = State.PATH_OR_AUTHORITY;
                pointer++;
            } else {
                url.opaquePath = "";
                url.path.clear();
                state = State.OPAQUE_PATH;
            }
        } else if (override == null) {
            buffer.setLength(0);
            state = State.NO_SCHEME;
            pointer = -1;
        } else {
            throw fail("invalid scheme");
        }
    }

    private void relative(int c) {
        url.scheme = base.scheme;
        if (c == '/') {
            state = State.RELATIVE_SLASH;
        } else if (url.isSpecial() && c == '\\') {
            state = State.RELATIVE_SLASH;
        } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.path = new ArrayList<>(base.path);
            url.query = base.query;
            if (c == '?') {
                url.query = "";
                state = State.QUERY;
            } else if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            } else if (c != EOF) {
                url.query = null;
                url.shortenPath();
                state = State.PATH;
                pointer--;
            }
        }
    }

    private void authority(int c) throws InvalidUrlException {
        if (c == '@') {
            if (atSignSeen) {
                buffer.insert(0, "%40");
            }
            atSignSeen = true;
            String b = buffer.toString();
            StringBuilder user = new StringBuilder(url.username);
            StringBuilder pass = new StringBuilder(url.password);
            for (int i = 0; i < b.length();) {
                int cp = b.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ':' && !passwordTokenSeen) {
                    passwordTokenSeen = true;
                    continue;
                }
                PercentEncoding.appendEncoded(passwordTokenSeen ? pass : user, cp, EncodeSet.USERINFO, false);
            }
            url.username = user.toString();
            url.password = pass.toString();
            buffer.setLength(0);
        } else if (isSpecialEnd(c, url.isSpecial())) {
            if (atSignSeen && buffer.isEmpty()) {
                throw fail("Invalid URL: credentials without a host");
            }
            pointer -= buffer.codePointCount(0, buffer.length()) + 1;
            buffer.setLength(0);
            state = State.HOST;
        } else {
            buffer.appendCodePoint(c);
        }
    }

    private void host(int c) throws InvalidUrlException {
        if (override != null && url.scheme.equals("file")) {
            pointer--;
            state = State.FILE_HOST;
        } else if (c == ':' && !insideBrackets) {
            if (buffer.isEmpty()) {
                throw fail("Invalid URL: empty host");
            }
            if (override == State.HOSTNAME) {
                throw new Done();
            }
            url.host = HostParser.parse(buffer.toString(), !url.isSpecial());
            buffer.setLength(0);
            state = State.PORT;
        } else if (isSpecialEnd(c, url.isSpecial())) {
            pointer--;
            if (url.isSpecial() && buffer.isEmpty()) {
                throw fail("Invalid URL: empty host");
            } else if (override != null && buffer.isEmpty() && (url.hasCredentials() || url.port >= 0)) {
                throw new Done();
            }
            url.host = HostParser.parse(buffer.toString(), !url.isSpecial());
            buffer.setLength(0);
            state = State.PATH_START;
            if (override != null) {
                throw new Done();
            }
        } else {
            if (c == '[') {
                insideBrackets = true;
            } else if (c == ']') {
                insideBrackets = false;
            }
            buffer.appendCodePoint(c);
        }
    }

    private void port(int c) throws InvalidUrlException {
        if (c >= '0' && c <= '9') {
            buffer.append((char) c);
        } else if (isSpecialEnd(c, url.isSpecial()) || override != null) {
            if (!buffer.isEmpty()) {
                long port = 0;
                for (int i = 0; i < buffer.length(); i++) {
                    port = port * 10 + (buffer.charAt(i) - '0');
                    if (port > 65535) {
                        throw fail("Invalid URL: port out of range");
                    }
                }
                url.port = port == Schemes.defaultPort(url.scheme) ? -1 : (int) port;
                buffer.setLength(0);
                if (override != null) {
                    throw new Done();
                }
            }
            if (override != null) {
                throw fail("invalid port");
            }
            state = State.PATH_START;
            pointer--;
        } else {
            throw fail("Invalid URL: invalid port");
        }
    }

    private boolean startsWithWindowsDriveLetter(int from) {
        int a = at(from);
        int b = at(from + 1);
        if (a == EOF || !isAsciiAlpha(a) || (b != ':' && b != '|')) {
            return false;
        }
        int d = at(from + 2);
        return d == EOF || d == '/' || d == '\\' || d == '?' || d == '#';
    }

    private void file(int c) {
        url.scheme = "file";
        url.host = "";
        if (c == '/' || c == '\\') {
            state = State.FILE_SLASH;
        } else if (base != null && base.scheme.equals("file")) {
            url.host = base.host;
            url.path = new ArrayList<>(base.path);
            url.query = base.query;
            if (c == '?') {
                url.query = "";
                state = State.QUERY;
            } else if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            } else if (c != EOF) {
                url.query = null;
                if (!startsWithWindowsDriveLetter(pointer)) {
                    url.shortenPath();
                } else {
                    url.path.clear();
                }
                state = State.PATH;
                pointer--;
            }
        } else {
            state = State.PATH;
            pointer--;
        }
    }

    private void fileSlash(int c) {
        if (c == '/' || c == '\\') {
            state = State.FILE_HOST;
        } else {
            if (base != null && base.scheme.equals("file")) {
                url.host = base.host;
                if (!startsWithWindowsDriveLetter(pointer) && !base.path.isEmpty()
                        && UrlRecord.isNormalizedWindowsDriveLetter(base.path.get(0))) {
                    url.path.add(base.path.get(0));
                }
            }
            state = State.PATH;
            pointer--;
        }
    }

    private void fileHost(int c) throws InvalidUrlException {
        if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
            pointer--;
            if (override == null && isWindowsDriveLetter(buffer.toString())) {
                state = State.PATH;
            } else if (buffer.isEmpty()) {
                url.host = "";
                if (override != null) {
                    throw new Done();
                }
                state = State.PATH_START;
            } else {
                String host = HostParser.parse(buffer.toString(), !url.isSpecial());
                url.host = host.equals("localhost") ? "" : host;
                if (override != null) {
                    throw new Done();
                }
                buffer.setLength(0);
                state = State.PATH_START;
            }
        } else {
            buffer.appendCodePoint(c);
        }
    }

    private void pathStart(int c) {
        if (url.isSpecial()) {
            state = State.PATH;
            if (c != '/' && c != '\\') {
                pointer--;
            }
        } else if (override == null && c == '?') {
            url.query = "";
            state = State.QUERY;
        } else if (override == null && c == '#') {
            url.fragment = "";
            state = State.FRAGMENT;
        } else if (c != EOF) {
            state = State.PATH;
            if (c != '/') {
                pointer--;
            }
        } else if (override != null && url.host == null) {
            url.path.add("");
        }
    }

    private static boolean isDoubleDot(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.equals("..") || l.equals(".%2e") || l.equals("%2e.") || l.equals("%2e%2e");
    }

    private static boolean isSingleDot(String s) {
        return s.equals(".") || s.equalsIgnoreCase("%2e");
    }

    private void path(int c) {
        boolean special = url.isSpecial();
        if (c == EOF || c == '/' || (special && c == '\\') || (override == null && (c == '?' || c == '#'))) {
            String segment = buffer.toString();
            boolean slash = c == '/' || (special && c == '\\');
            if (isDoubleDot(segment)) {
                url.shortenPath();
                if (!slash) {
                    url.path.add("");
                }
            } else if (isSingleDot(segment) && !slash) {
                url.path.add("");
            } else if (!isSingleDot(segment)) {
                if (url.scheme.equals("file") && url.path.isEmpty() && isWindowsDriveLetter(segment)) {
                    segment = segment.charAt(0) + ":";
                }
                url.path.add(segment);
            }
            buffer.setLength(0);
            if (c == '?') {
                url.query = "";
                state = State.QUERY;
            }
            if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            }
        } else {
            PercentEncoding.appendEncoded(buffer, c, EncodeSet.PATH, false);
        }
    }

    private void query(int c) {
        if ((override == null && c == '#') || c == EOF) {
            EncodeSet set = url.isSpecial() ? EncodeSet.SPECIAL_QUERY : EncodeSet.QUERY;
            StringBuilder sb = new StringBuilder(url.query);
            String b = buffer.toString();
            for (int i = 0; i < b.length();) {
                int cp = b.codePointAt(i);
                PercentEncoding.appendEncoded(sb, cp, set, false);
                i += Character.charCount(cp);
            }
            url.query = sb.toString();
            buffer.setLength(0);
            if (c == '#') {
                url.fragment = "";
                state = State.FRAGMENT;
            }
        } else if (c != EOF) {
            buffer.appendCodePoint(c);
        }
    }
}
