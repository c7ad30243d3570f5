package dev.wasmjs.glue.url;

import java.nio.charset.StandardCharsets;
import org.graalvm.shadowed.com.ibm.icu.text.IDNA;

/**
 * The WHATWG host parser: IPv6 literals, opaque hosts of non-special URLs, and domains (UTS #46 to ASCII, then
 * IPv4 when the last label is numeric). Returns the serialized host; throws on failure.
 */
final class HostParser {
    private HostParser() {
    }

    // UTS #46 with the options the URL standard asks for: non-transitional, CheckBidi, CheckJoiners,
    // no STD3 rules, no hyphen checks. ICU ships with GraalJS (shadowed), so we reuse it rather than add a copy.
    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);

    static String parse(String input, boolean isOpaque) throws UrlParser.InvalidUrlException {
        if (input.startsWith("[")) {
            if (!input.endsWith("]")) {
                throw new UrlParser.InvalidUrlException("unclosed IPv6 address");
            }
            return "[" + serializeIpv6(parseIpv6(input.substring(1, input.length() - 1))) + "]";
        }
        if (isOpaque) {
            return parseOpaque(input);
        }
        String domain = new String(PercentEncoding.decodeToBytes(input), StandardCharsets.UTF_8);
        String ascii = domainToAscii(domain);
        for (int i = 0; i < ascii.length(); i++) {
            if (isForbiddenDomainCodePoint(ascii.charAt(i))) {
                throw new UrlParser.InvalidUrlException("forbidden character in host '" + input + "'");
            }
        }
        if (endsInNumber(ascii)) {
            return serializeIpv4(parseIpv4(ascii));
        }
        return ascii;
    }

    private static String domainToAscii(String domain) throws UrlParser.InvalidUrlException {
        boolean simple = true;
        for (int i = 0; i < domain.length() && simple; i++) {
            char c = domain.charAt(i);
            simple = c < 0x80 && c != '%';
        }
        if (simple && !domain.contains("xn--") && !domain.contains("XN--") && !domain.contains("xN--")
                && !domain.contains("Xn--")) {
            String lower = domain.toLowerCase(java.util.Locale.ROOT);
            if (lower.isEmpty()) {
                throw new UrlParser.InvalidUrlException("empty host");
            }
            return lower;
        }
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(domain, out, info);
        var errors = info.getErrors();
        // The URL standard runs ToASCII with VerifyDnsLength=false, so length errors are not failures.
        errors.remove(IDNA.Error.EMPTY_LABEL);
        errors.remove(IDNA.Error.LABEL_TOO_LONG);
        errors.remove(IDNA.Error.DOMAIN_NAME_TOO_LONG);
        errors.remove(IDNA.Error.LEADING_HYPHEN);
        errors.remove(IDNA.Error.TRAILING_HYPHEN);
        errors.remove(IDNA.Error.HYPHEN_3_4);
        if (!errors.isEmpty() || out.isEmpty()) {
            throw new UrlParser.InvalidUrlException("invalid domain '" + domain + "'");
        }
        return out.toString();
    }

    static boolean isForbiddenHostCodePoint(int c) {
        return c == 0 || c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == '#' || c == '/' || c == ':'
                || c == '<' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '^'
                || c == '|';
    }

    private static boolean isForbiddenDomainCodePoint(int c) {
        return isForbiddenHostCodePoint(c) || (c <= 0x1F) || c == '%' || c == 0x7F;
    }

    private static String parseOpaque(String input) throws UrlParser.InvalidUrlException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < input.length();) {
            int cp = input.codePointAt(i);
            if (isForbiddenHostCodePoint(cp)) {
                throw new UrlParser.InvalidUrlException("forbidden character in host '" + input + "'");
            }
            PercentEncoding.appendEncoded(sb, cp, PercentEncoding.EncodeSet.C0_CONTROL, false);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean endsInNumber(String s) {
        String[] parts = s.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (parts.length == 1) {
                return false;
            }
            last--;
        }
        String p = parts[last];
        if (!p.isEmpty() && p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return parseIpv4Number(p) >= 0;
    }

    /** Parses one IPv4 part (decimal, 0x hex, 0 octal); -1 when it is not a number. */
    private static long parseIpv4Number(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int radix = 10;
        if (s.length() >= 2 && (s.startsWith("0x") || s.startsWith("0X"))) {
            s = s.substring(2);
            radix = 16;
        } else if (s.length() >= 2 && s.startsWith("0")) {
            s = s.substring(1);
            radix = 8;
        }
        if (s.isEmpty()) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
            if (v > 0xFFFFFFFFL * 256) {
                v = 0xFFFFFFFFL * 256; // saturate: anything this big fails the range check anyway
            }
        }
        return v;
    }

    private static long parseIpv4(String s) throws UrlParser.InvalidUrlException {
        String[] parts = s.split("\\.", -1);
        int n = parts.length;
        if (parts[n - 1].isEmpty() && n > 1) {
            n--;
        }
        if (n > 4) {
            throw new UrlParser.InvalidUrlException("invalid IPv4 address '" + s + "'");
        }
        long[] numbers = new long[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = parseIpv4Number(parts[i]);
            if (numbers[i] < 0) {
                throw new UrlParser.InvalidUrlException("invalid IPv4 address '" + s + "'");
            }
        }
        for (int i = 0; i < n - 1; i++) {
            if (numbers[i] > 255) {
                throw new UrlParser.InvalidUrlException("invalid IPv4 address '" + s + "'");
            }
        }
        if (numbers[n - 1] >= Math.pow(256, 5 - n)) {
            throw new UrlParser.InvalidUrlException("invalid IPv4 address '" + s + "'");
        }
        long ipv4 = numbers[n - 1];
        for (int i = 0; i < n - 1; i++) {
            ipv4 += numbers[i] << (8 * (3 - i));
        }
        return ipv4;
    }

    private static String serializeIpv4(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    private static int[] parseIpv6(String s) throws UrlParser.InvalidUrlException {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int p = 0;
        int len = s.length();
        UrlParser.InvalidUrlException bad = new UrlParser.InvalidUrlException("invalid IPv6 address '" + s + "'");
        if (p < len && s.charAt(p) == ':') {
            if (p + 1 >= len || s.charAt(p + 1) != ':') {
                throw bad;
            }
            p += 2;
            compress = ++pieceIndex;
        }
        while (p < len) {
            if (pieceIndex == 8) {
                throw bad;
            }
            if (s.charAt(p) == ':') {
                if (compress != -1) {
                    throw bad;
                }
                p++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < len && PercentEncoding.hexValue(s.charAt(p)) >= 0) {
                value = value * 16 + PercentEncoding.hexValue(s.charAt(p));
                p++;
                length++;
            }
            if (p < len && s.charAt(p) == '.') {
                if (length == 0) {
                    throw bad;
                }
                p -= length;
                if (pieceIndex > 6) {
                    throw bad;
                }
                int numbersSeen = 0;
                while (p < len) {
                    int ipv4Piece = -1;
                    if (numbersSeen > 0) {
                        if (s.charAt(p) == '.' && numbersSeen < 4) {
                            p++;
                        } else {
                            throw bad;
                        }
                    }
                    if (p >= len || !Character.isDigit(s.charAt(p)) || s.charAt(p) > '9') {
                        throw bad;
                    }
                    while (p < len && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                        int number = s.charAt(p) - '0';
                        if (ipv4Piece == -1) {
                            ipv4Piece = number;
                        } else if (ipv4Piece == 0) {
                            throw bad;
                        } else {
                            ipv4Piece = ipv4Piece * 10 + number;
                        }
                        if (ipv4Piece > 255) {
                            throw bad;
                        }
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    throw bad;
                }
                break;
            } else if (p < len && s.charAt(p) == ':') {
                p++;
                if (p >= len) {
                    throw bad;
                }
            } else if (p < len) {
                throw bad;
            }
            address[pieceIndex] = value;
            pieceIndex++;
        }
        if (compress != -1) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int tmp = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = tmp;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            throw bad;
        }
        return address;
    }

    private static String serializeIpv6(int[] a) {
        // Compress the first longest run of two or more zero pieces.
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8;) {
            if (a[i] == 0) {
                int j = i;
                while (j < 8 && a[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean ignore0 = false;
        for (int i = 0; i < 8; i++) {
            if (ignore0 && a[i] == 0) {
                continue;
            }
            ignore0 = false;
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            sb.append(Integer.toHexString(a[i]));
            if (i != 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
