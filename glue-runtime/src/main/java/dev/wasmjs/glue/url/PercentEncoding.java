package dev.wasmjs.glue.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-encoding with the WHATWG URL standard's encode sets, and percent-decoding. */
public final class PercentEncoding {
    private PercentEncoding() {
    }

    /** The encode sets, each a superset of the one before (as in the standard), except special-query. */
    public enum EncodeSet {
        C0_CONTROL, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM
    }

    static boolean inSet(int c, EncodeSet set) {
        if (c < 0x20 || c > 0x7E) {
            return true;
        }
        switch (set) {
            case C0_CONTROL:
                return false;
            case FRAGMENT:
                return c == ' ' || c == '"' || c == '<' || c == '>' || c == '`';
            case QUERY:
                return isQuery(c);
            case SPECIAL_QUERY:
                return isQuery(c) || c == '\'';
            case PATH:
                return isPath(c);
            case USERINFO:
                return isUserinfo(c);
            case COMPONENT:
                return isUserinfo(c) || (c >= '$' && c <= '&') || c == '+' || c == ',';
            case FORM:
                return isUserinfo(c) || (c >= '$' && c <= '&') || c == '+' || c == ','
                        || c == '!' || (c >= '\'' && c <= ')') || c == '~';
            default:
                throw new AssertionError(set);
        }
    }

    private static boolean isQuery(int c) {
        return c == ' ' || c == '"' || c == '#' || c == '<' || c == '>';
    }

    // node (Ada) leaves '^' unencoded in paths; we match node, the project's reference.
    private static boolean isPath(int c) {
        return isQuery(c) || c == '?' || c == '`' || c == '{' || c == '}';
    }

    private static boolean isUserinfo(int c) {
        return isPath(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= '^')
                || c == '|';
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Appends code point {@code cp} to {@code out}, UTF-8 percent-encoded when it is in {@code set}. */
    static void appendEncoded(StringBuilder out, int cp, EncodeSet set, boolean spaceAsPlus) {
        if (spaceAsPlus && cp == ' ') {
            out.append('+');
            return;
        }
        if (!inSet(cp, set)) {
            out.append((char) cp);
            return;
        }
        byte[] bytes = (cp >= 0xD800 && cp <= 0xDFFF) ? new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}
                : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /** Percent-encodes every code point of {@code s} that is in {@code set}. Lone surrogates become U+FFFD. */
    public static String encode(String s, EncodeSet set, boolean spaceAsPlus) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            appendEncoded(sb, cp, set, spaceAsPlus);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Percent-decodes the UTF-8 bytes of {@code s}; malformed escapes stay as they are. */
    public static byte[] decodeToBytes(String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '%' && i + 2 < in.length && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
                out.write(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Percent-decodes and reads the result as UTF-8 (invalid sequences become U+FFFD). */
    public static String decode(String s) {
        return new String(decodeToBytes(s), StandardCharsets.UTF_8);
    }
}
