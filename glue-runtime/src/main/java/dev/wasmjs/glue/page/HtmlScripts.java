package dev.wasmjs.glue.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the {@code <script>} elements of an HTML page in document order: enough of HTML's tokenizer to skip
 * comments, read attributes (quoted, unquoted, boolean) and take script text raw up to {@code </script>}.
 */
public final class HtmlScripts {
    private HtmlScripts() {
    }

    /** How a script element runs. */
    public enum Kind {
        CLASSIC, MODULE
    }

    /** One script element: {@code src} is null for inline scripts; {@code line} is where its text starts. */
    public record Script(Kind kind, String src, String text, int line, boolean defer, boolean async) {
    }

    public static List<Script> parse(String html) {
        List<Script> scripts = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < html.length()) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            if (lower.startsWith("<script", i) && i + 7 < html.length()
                    && (Character.isWhitespace(html.charAt(i + 7)) || html.charAt(i + 7) == '>' || html.charAt(i + 7) == '/')) {
                int[] pos = {i + 7};
                Map<String, String> attrs = attributes(html, pos);
                int textStart = pos[0];
                int close = lower.indexOf("</script", textStart);
                int textEnd = close < 0 ? html.length() : close;
                int after = close < 0 ? html.length() : html.indexOf('>', close);
                i = after < 0 ? html.length() : after + 1;
                Kind kind = kindOf(attrs.get("type"));
                if (kind != null) {
                    scripts.add(new Script(kind, attrs.get("src"), html.substring(textStart, textEnd),
                            lineOf(html, textStart), attrs.containsKey("defer"), attrs.containsKey("async")));
                }
                continue;
            }
            i++;
        }
        return scripts;
    }

    /** Module for type=module, classic for the JavaScript MIME types (or no type), null for data blocks. */
    static Kind kindOf(String type) {
        if (type == null) {
            return Kind.CLASSIC;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("text/javascript") || t.equals("application/javascript")
                || t.equals("application/ecmascript") || t.equals("text/ecmascript")) {
            return Kind.CLASSIC;
        }
        return t.equals("module") ? Kind.MODULE : null;
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Map<String, String> attributes(String html, int[] pos) {
        Map<String, String> attrs = new LinkedHashMap<>();
        int i = pos[0];
        int n = html.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/')) {
                i++;
            }
            if (i >= n || html.charAt(i) == '>') {
                i++;
                break;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '=' && html.charAt(i) != '>'
                    && html.charAt(i) != '/') {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    char q = html.charAt(i);
                    int end = html.indexOf(q, i + 1);
                    end = end < 0 ? n : end;
                    value = html.substring(i + 1, end);
                    i = Math.min(n, end + 1);
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    value = html.substring(start, i);
                }
            }
            if (!name.isEmpty()) {
                attrs.putIfAbsent(name, decodeEntities(value));
            }
        }
        pos[0] = i;
        return attrs;
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
