package dev.wasmjs.engine.text;

import java.util.HexFormat;

/** Test helpers for writing expected bytes as hex. */
final class Hex {
    private Hex() {}

    static final String HEADER = "00 61 73 6d 01 00 00 00";

    /** Bytes as lowercase hex pairs separated by single spaces. */
    static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    /** The encoding of {@code wat}, as hex. */
    static String wat(String wat) {
        return of(Wat.toBinary(wat));
    }

    /** The module preamble followed by the given hex sections. */
    static String module(String... sections) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (String s : sections) sb.append(' ').append(s);
        return sb.toString();
    }
}
