package dev.wasmjs.engine.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.CompileException;
import org.junit.jupiter.api.Test;

class ByteReaderTest {
    private static ByteReader reader(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new ByteReader(b, 0, b.length);
    }

    private static String malformed(Runnable r) {
        return assertThrows(CompileException.Malformed.class, r::run).reason();
    }

    @Test
    void unsigned32() {
        assertEquals(0, reader(0x00).u32());
        assertEquals(624485, reader(0xE5, 0x8E, 0x26).u32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).u32());
        // Redundant but legal padding.
        assertEquals(3, reader(0x83, 0x80, 0x80, 0x80, 0x00).u32());
        assertEquals("integer representation too long", malformed(() -> reader(0x83, 0x80, 0x80, 0x80, 0x80, 0x00).u32()));
        assertEquals("integer too large", malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).u32()));
        assertTrue(malformed(() -> reader(0x80, 0x80).u32()).startsWith("unexpected end"));
    }

    @Test
    void signed32() {
        assertEquals(-1, reader(0x7F).s32());
        assertEquals(-123456, reader(0xC0, 0xBB, 0x78).s32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).s32());
        assertEquals(Integer.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).s32());
        // The unused high bits of the fifth byte must repeat the sign.
        assertEquals("integer too large", malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s32()));
        assertEquals("integer too large", malformed(() -> reader(0x80, 0x80, 0x80, 0x80, 0x70).s32()));
        assertEquals("integer representation too long", malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s32()));
    }

    @Test
    void signed33AndSigned64() {
        assertEquals(-64, reader(0x40).s33());
        assertEquals(0xFFFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s33());
        assertEquals("integer too large", malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x2F).s33()));
        assertEquals(Long.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F).s64());
        assertEquals(Long.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00).s64());
        assertEquals("integer too large",
                malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01).s64()));
        assertEquals(-1L, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01).u64());
        assertEquals("integer too large",
                malformed(() -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x03).u64()));
    }

    @Test
    void names() {
        assertEquals("é", reader(2, 0xC3, 0xA9).name());
        assertEquals("malformed UTF-8 encoding", malformed(() -> reader(2, 0xC0, 0x80).name()));
        // Encoded surrogate halves are not UTF-8.
        assertEquals("malformed UTF-8 encoding", malformed(() -> reader(3, 0xED, 0xA0, 0x80).name()));
        assertEquals("length out of bounds", malformed(() -> reader(5, 0x41).name()));
    }
}
