package dev.wasmjs.engine.text;

import java.util.Arrays;

/**
 * A growable byte buffer with the primitive encodings of the WebAssembly binary format: LEB128 integers (unsigned
 * for indices and lengths, signed for constants and heap types), little-endian IEEE-754 bits, names and sections.
 */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink() {
        this(64);
    }

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }

    void u8(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void bytes(byte[] data) {
        bytes(data, 0, data.length);
    }

    void bytes(byte[] data, int offset, int length) {
        ensure(length);
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
    }

    void append(ByteSink other) {
        bytes(other.bytes, 0, other.size);
    }

    /** Unsigned LEB128 of the 32 bits of {@code value} read as unsigned. */
    void u32(int value) {
        u64(value & 0xFFFF_FFFFL);
    }

    /** Unsigned LEB128 of the 64 bits of {@code value} read as unsigned. */
    void u64(long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            if (value != 0) {
                b |= 0x80;
            }
            u8(b);
        } while (value != 0);
    }

    /** Signed LEB128; also used for s33 heap types and block types, whose values fit a long. */
    void s64(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            if (done) {
                u8(b);
                return;
            }
            u8(b | 0x80);
        }
    }

    void s32(int value) {
        s64(value);
    }

    void f32(int bits) {
        u8(bits);
        u8(bits >>> 8);
        u8(bits >>> 16);
        u8(bits >>> 24);
    }

    void f64(long bits) {
        f32((int) bits);
        f32((int) (bits >>> 32));
    }

    /** A length-prefixed byte string (names, data segment contents). */
    void name(byte[] utf8) {
        u32(utf8.length);
        bytes(utf8);
    }

    /** Emits {@code id}, the size of {@code content} and {@code content}. */
    void section(int id, ByteSink content) {
        u8(id);
        u32(content.size);
        append(content);
    }
}
