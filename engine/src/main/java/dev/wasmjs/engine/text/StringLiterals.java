package dev.wasmjs.engine.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * String literals denote byte sequences, not text: {@code "\ff"} is the single byte 0xFF. The script format also
 * concatenates strings of {@code (module quote ...)} into module text that may hold bytes that are not UTF-8 on
 * purpose. Such bytes survive the trip through a Java {@code String} as lone low surrogates U+DC80..U+DCFF (one per
 * byte, as Python's "surrogateescape"): the lexer reports them as malformed UTF-8 outside strings, and inside a
 * string literal they stand for the original byte.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Resolves the escapes of the literal text between {@code from} and {@code to} (quotes excluded). */
    static byte[] decode(SourceText source, int from, int to) {
        String s = source.text;
        ByteSink out = new ByteSink(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\') {
                char e = s.charAt(i + 1);
                switch (e) {
                    case 't' -> { out.u8('\t'); i += 2; }
                    case 'n' -> { out.u8('\n'); i += 2; }
                    case 'r' -> { out.u8('\r'); i += 2; }
                    case '"', '\'', '\\' -> { out.u8(e); i += 2; }
                    case 'u' -> {
                        int close = s.indexOf('}', i);
                        int cp = Integer.parseInt(s.substring(i + 3, close).replace("_", ""), 16);
                        utf8(out, cp);
                        i = close + 1;
                    }
                    default -> {
                        out.u8(Character.digit(e, 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                        i += 3;
                    }
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8(out, Character.toCodePoint(c, s.charAt(i + 1)));
                i += 2;
            } else if (isEscapedByte(c)) {
                out.u8(c - 0xDC00);
                i++;
            } else {
                utf8(out, c);
                i++;
            }
        }
        return out.toByteArray();
    }

    /** A lone surrogate standing for a byte that was not valid UTF-8 (see the class comment). */
    static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    private static void utf8(ByteSink out, int cp) {
        if (cp < 0x80) {
            out.u8(cp);
        } else if (cp < 0x800) {
            out.u8(0xC0 | cp >> 6);
            out.u8(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.u8(0xE0 | cp >> 12);
            out.u8(0x80 | cp >> 6 & 0x3F);
            out.u8(0x80 | cp & 0x3F);
        } else {
            out.u8(0xF0 | cp >> 18);
            out.u8(0x80 | cp >> 12 & 0x3F);
            out.u8(0x80 | cp >> 6 & 0x3F);
            out.u8(0x80 | cp & 0x3F);
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Turns the bytes of concatenated quote strings into module text: valid UTF-8 is decoded, every byte of an
     * invalid sequence becomes its escape surrogate.
     */
    static String bytesToText(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        StringBuilder text = new StringBuilder(bytes.length);
        while (true) {
            var result = decoder.decode(in, out, true);
            out.flip();
            text.append(out);
            out.clear();
            if (result.isError()) {
                for (int k = 0; k < result.length(); k++) {
                    int b = in.get() & 0xFF;
                    text.append(b < 0x80 ? (char) b : (char) (0xDC00 + b));
                }
            } else if (result.isUnderflow()) {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        text.append(out);
        return text.toString();
    }
}
