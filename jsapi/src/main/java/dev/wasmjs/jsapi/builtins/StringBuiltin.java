package dev.wasmjs.jsapi.builtins;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.runtime.ResourceLimitException;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.DefType;

/**
 * The functions of the {@code wasm:js-string} builtin set (JS API spec, "String Builtins"), one small class each.
 * They are host functions on the engine's calling convention: arguments are read from the value stack and the
 * result is written back in place, so a call from wasm (interpreted or compiled) never boxes, allocates an argument
 * array or enters JavaScript. Failures the spec describes as "a RuntimeError as if a trap was executed" are
 * {@link Trap}s; a result longer than a JS string can be is a {@link ResourceLimitException} (a RangeError in JS).
 *
 * <p>Import validation has checked the argument types (the import's function type is exactly the builtin's), so an
 * array argument is null or an i16 array; i32 arguments are read as unsigned, as the spec's pseudo-code
 * ({@code ToUint32}) does.
 */
abstract sealed class StringBuiltin extends WasmFunction {
    private final String name;

    StringBuiltin(String name, DefType type) {
        super(type);
        this.name = name;
    }

    @Override
    public final String debugName() {
        return JsStringBuiltins.MODULE + " " + name;
    }

    /** UnwrapString: the string {@code ref} holds, or a trap. */
    final String string(Object ref) {
        String s = JsStrings.of(ref);
        if (s == null) {
            throw new Trap(debugName() + ": not a string");
        }
        return s;
    }

    final WasmArray array(Object ref) {
        if (ref == null) {
            throw new Trap(debugName() + ": null array");
        }
        return (WasmArray) ref;
    }

    final Trap outOfBounds() {
        return new Trap(debugName() + ": out of bounds");
    }

    /** The unsigned i32 in {@code slot} as an index of a unit of {@code s}, or a trap when it is past the end. */
    final int index(String s, long slot) {
        long i = u32(slot);
        if (i >= s.length()) {
            throw outOfBounds();
        }
        return (int) i;
    }

    static long u32(long slot) {
        return slot & 0xFFFF_FFFFL;
    }

    static ResourceLimitException tooLong(long length) {
        return new ResourceLimitException("Invalid string length: " + length + " code units (a JS string holds at most "
                + JsStrings.MAX_LENGTH + ")");
    }

    /** Stores an i32 result in the first slot (and drops the reference the slot held). */
    static void returnI32(ValueStack st, int base, int value) {
        st.slots[base] = value;
        st.refs[base] = null;
    }

    /** {@code cast: externref -> (ref extern)}. */
    static final class Cast extends StringBuiltin {
        Cast(DefType type) {
            super("cast", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            st.refs[base] = string(st.refs[base]);
        }
    }

    /** {@code test: externref -> i32}. */
    static final class Test extends StringBuiltin {
        Test(DefType type) {
            super("test", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            returnI32(st, base, JsStrings.of(st.refs[base]) != null ? 1 : 0);
        }
    }

    /** {@code fromCharCodeArray: (ref null $i16array) i32 i32 -> (ref extern)}: units {@code [start, end)}. */
    static final class FromCharCodeArray extends StringBuiltin {
        FromCharCodeArray(DefType type) {
            super("fromCharCodeArray", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            WasmArray a = array(st.refs[base]);
            long start = u32(st.slots[base + 1]);
            long end = u32(st.slots[base + 2]);
            if (start > end || end > a.length()) {
                throw outOfBounds();
            }
            int n = (int) (end - start);
            if (n > JsStrings.MAX_LENGTH) {
                throw tooLong(n);
            }
            char[] units = new char[n];
            a.readI16(start, units, n);
            st.refs[base] = new String(units);
        }
    }

    /** {@code intoCharCodeArray: externref (ref null $i16array) i32 -> i32}: the units written. */
    static final class IntoCharCodeArray extends StringBuiltin {
        IntoCharCodeArray(DefType type) {
            super("intoCharCodeArray", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            // The spec checks the array before the string.
            WasmArray a = array(st.refs[base + 1]);
            String s = string(st.refs[base]);
            long start = u32(st.slots[base + 2]);
            if (start + s.length() > a.length()) {
                throw outOfBounds();
            }
            a.writeI16(start, s);
            returnI32(st, base, s.length());
        }
    }

    /** {@code fromCharCode: i32 -> (ref extern)}: the low 16 bits as one code unit. */
    static final class FromCharCode extends StringBuiltin {
        FromCharCode(DefType type) {
            super("fromCharCode", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            st.refs[base] = JsStrings.ofUnit((char) st.slots[base]);
        }
    }

    /** {@code fromCodePoint: i32 -> (ref extern)}: traps above U+10FFFF; a surrogate code point is a lone unit. */
    static final class FromCodePoint extends StringBuiltin {
        FromCodePoint(DefType type) {
            super("fromCodePoint", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            long cp = u32(st.slots[base]);
            if (cp > Character.MAX_CODE_POINT) {
                throw new Trap(debugName() + ": invalid code point 0x" + Long.toHexString(cp));
            }
            st.refs[base] = cp <= Character.MAX_VALUE ? JsStrings.ofUnit((char) cp) : Character.toString((int) cp);
        }
    }

    /** {@code charCodeAt: externref i32 -> i32}. */
    static final class CharCodeAt extends StringBuiltin {
        CharCodeAt(DefType type) {
            super("charCodeAt", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            String s = string(st.refs[base]);
            returnI32(st, base, s.charAt(index(s, st.slots[base + 1])));
        }
    }

    /**
     * {@code codePointAt: externref i32 -> i32}: a surrogate pair starting at the index is one code point, any
     * other unit (a lone surrogate included) is itself, as in JS and {@link String#codePointAt}.
     */
    static final class CodePointAt extends StringBuiltin {
        CodePointAt(DefType type) {
            super("codePointAt", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            String s = string(st.refs[base]);
            returnI32(st, base, s.codePointAt(index(s, st.slots[base + 1])));
        }
    }

    /** {@code length: externref -> i32}. */
    static final class Length extends StringBuiltin {
        Length(DefType type) {
            super("length", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            returnI32(st, base, string(st.refs[base]).length());
        }
    }

    /** {@code concat: externref externref -> (ref extern)}. */
    static final class Concat extends StringBuiltin {
        Concat(DefType type) {
            super("concat", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            String first = string(st.refs[base]);
            String second = string(st.refs[base + 1]);
            long n = (long) first.length() + second.length();
            if (n > JsStrings.MAX_LENGTH) {
                throw tooLong(n);
            }
            st.refs[base] = first.concat(second);
            st.refs[base + 1] = null;
        }
    }

    /**
     * {@code substring: externref i32 i32 -> (ref extern)}: empty when {@code start > end} or {@code start} is past
     * the end; {@code end} is clamped to the length, as String.prototype.substring does.
     */
    static final class Substring extends StringBuiltin {
        Substring(DefType type) {
            super("substring", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            String s = string(st.refs[base]);
            long start = u32(st.slots[base + 1]);
            long end = u32(st.slots[base + 2]);
            int length = s.length();
            st.refs[base] = start > end || start > length ? "" : s.substring((int) start, (int) Math.min(end, length));
        }
    }

    /** {@code equals: externref externref -> i32}: null is allowed (and equals only null); other non-strings trap. */
    static final class Equals extends StringBuiltin {
        Equals(DefType type) {
            super("equals", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            Object a = st.refs[base];
            Object b = st.refs[base + 1];
            String first = a == null ? null : string(a);
            String second = b == null ? null : string(b);
            boolean same = first == null ? second == null : first.equals(second);
            st.refs[base + 1] = null;
            returnI32(st, base, same ? 1 : 0);
        }
    }

    /** {@code compare: externref externref -> i32}: -1, 0 or 1 by code units, as JS's {@code <} on strings. */
    static final class Compare extends StringBuiltin {
        Compare(DefType type) {
            super("compare", type);
        }

        @Override
        public void invoke(ValueStack st, int base) {
            String first = string(st.refs[base]);
            String second = string(st.refs[base + 1]);
            st.refs[base + 1] = null;
            returnI32(st, base, Integer.signum(first.compareTo(second)));
        }
    }
}
