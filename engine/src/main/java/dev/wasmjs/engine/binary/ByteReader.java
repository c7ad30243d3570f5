package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.CompileException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Reads the primitive encodings of the binary format (bytes, LEB128 integers, floats, names) from a window
 * {@code [pos, limit)} of the module bytes. Every way the input can be short or ill-formed ends in
 * {@link CompileException.Malformed} with the offset, never in another exception.
 */
public final class ByteReader {
    private final byte[] bytes;
    private int pos;
    private int limit;

    public ByteReader(byte[] bytes, int pos, int limit) {
        this.bytes = bytes;
        this.pos = pos;
        this.limit = limit;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int pos() {
        return pos;
    }

    public void seek(int newPos) {
        pos = newPos;
    }

    public int limit() {
        return limit;
    }

    /** Narrows the readable window (e.g. to one section); returns the previous limit so it can be restored. */
    public int pushLimit(int newLimit) {
        int old = limit;
        limit = newLimit;
        return old;
    }

    public void setLimit(int newLimit) {
        limit = newLimit;
    }

    public boolean atEnd() {
        return pos >= limit;
    }

    public int remaining() {
        return limit - pos;
    }

    public CompileException.Malformed error(String message) {
        return new CompileException.Malformed(message, pos);
    }

    public CompileException.Malformed error(String message, int at) {
        return new CompileException.Malformed(message, at);
    }

    public int u8() {
        if (pos >= limit) {
            throw unexpectedEnd();
        }
        return bytes[pos++] & 0xFF;
    }

    /** The next byte without consuming it. */
    public int peekU8() {
        if (pos >= limit) {
            throw unexpectedEnd();
        }
        return bytes[pos] & 0xFF;
    }

    private CompileException.Malformed unexpectedEnd() {
        // Inside a section the spec interpreter says "unexpected end of section or function"; at the very end
        // of the module it says "unexpected end". Either way the input is truncated.
        return error(limit < bytes.length ? "unexpected end of section or function" : "unexpected end");
    }

    /** Unsigned LEB128, at most 32 bits (5 bytes). */
    public int u32() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw error("integer representation too long", pos - 1);
                }
                if ((b & 0x70) != 0) {
                    throw error("integer too large", pos - 1);
                }
                return (int) (result | ((long) b << shift));
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (int) result;
            }
        }
    }

    /** An unsigned 32-bit count or index that must also fit a Java int (larger ones are reported as too large). */
    public int u32AsInt(String what) {
        int v = u32();
        if (v < 0) {
            throw error(what + " too large", pos - 1);
        }
        return v;
    }

    /** Signed LEB128, 32 bits. */
    public int s32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw error("integer representation too long", pos - 1);
                }
                // Bits 4..6 of the last byte lie beyond bit 31: they must repeat the sign bit (bit 3).
                int high = b & 0x78;
                if (high != 0 && high != 0x78) {
                    throw error("integer too large", pos - 1);
                }
                return result | (b << shift);
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                shift += 7;
                return shift < 32 ? (result << (32 - shift)) >> (32 - shift) : result;
            }
        }
    }

    /** Signed LEB128, 33 bits (block types and heap types); returned as a long. */
    public long s33() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28) {
                if ((b & 0x80) != 0) {
                    throw error("integer representation too long", pos - 1);
                }
                // Bit 4 of the last byte is bit 32 (the sign); bits 5 and 6 must repeat it.
                int high = b & 0x70;
                if (high != 0 && high != 0x70) {
                    throw error("integer too large", pos - 1);
                }
                result |= (long) b << shift;
                return (result << 29) >> 29;
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                shift += 7;
                return (result << (64 - shift)) >> (64 - shift);
            }
        }
    }

    /** Signed LEB128, 64 bits. */
    public long s64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63) {
                if ((b & 0x80) != 0) {
                    throw error("integer representation too long", pos - 1);
                }
                // Only bit 0 of the 10th byte is a value bit (bit 63); bits 1..6 must repeat it.
                int high = b & 0x7F;
                if (high != 0 && high != 0x7F) {
                    throw error("integer too large", pos - 1);
                }
                return result | ((long) b << 63);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                shift += 7;
                return shift < 64 ? (result << (64 - shift)) >> (64 - shift) : result;
            }
        }
    }

    /** Unsigned LEB128, 64 bits (memory64 offsets and limits). */
    public long u64() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63) {
                if ((b & 0x80) != 0) {
                    throw error("integer representation too long", pos - 1);
                }
                if ((b & 0x7E) != 0) {
                    throw error("integer too large", pos - 1);
                }
                return result | ((long) b << 63);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** Four bytes, little-endian (f32 bits). */
    public int fixed32() {
        if (limit - pos < 4) {
            pos = limit;
            throw unexpectedEnd();
        }
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** Eight bytes, little-endian (f64 bits). */
    public long fixed64() {
        long lo = fixed32() & 0xFFFFFFFFL;
        long hi = fixed32() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /** Skips {@code n} bytes, which must lie in the window. */
    public void skip(int n) {
        if (n < 0 || n > limit - pos) {
            pos = limit;
            throw unexpectedEnd();
        }
        pos += n;
    }

    /** A name: a length-prefixed UTF-8 string, checked for well-formedness. */
    public String name() {
        int len = u32();
        int start = pos;
        if (len < 0 || len > limit - pos) {
            throw error("length out of bounds", start);
        }
        pos += len;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, len))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error("malformed UTF-8 encoding", start);
        }
    }
}
