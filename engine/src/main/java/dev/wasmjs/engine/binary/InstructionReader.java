package dev.wasmjs.engine.binary;

/**
 * Decodes instructions one at a time from a function body or constant expression into a reused
 * {@link Instruction}. It knows encodings only; whether indices exist and types fit is the validator's job.
 */
public final class InstructionReader {
    private final ByteReader in;
    private final TypeDecoder types;
    private final Instruction insn = new Instruction();

    public InstructionReader(ByteReader in, TypeDecoder types) {
        this.in = in;
        this.types = types;
    }

    public ByteReader input() {
        return in;
    }

    public boolean atEnd() {
        return in.atEnd();
    }

    /** Decodes the next instruction; the returned object is overwritten by the next call. */
    public Instruction next() {
        Instruction i = insn;
        i.offset = in.pos();
        int b = in.u8();
        Opcode op;
        if (b == 0xFB || b == 0xFC || b == 0xFD) {
            int sub = in.u32();
            op = Opcode.prefixed(b, sub);
            if (op == null) {
                throw in.error("illegal opcode " + Integer.toHexString(b) + " " + Integer.toUnsignedString(sub), i.offset);
            }
        } else {
            op = Opcode.plain(b);
            if (op == null) {
                throw in.error("illegal opcode " + Integer.toHexString(b), i.offset);
            }
        }
        i.opcode = op;
        readImmediates(i, op.immediates);
        return i;
    }

    private void readImmediates(Instruction i, Immediates shape) {
        switch (shape) {
            case NONE -> { }
            case BLOCK_TYPE -> blockType(i);
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, TAG, DATA, ELEM, MEMORY -> i.index = in.u32();
            case BR_TABLE -> {
                int n = in.u32AsInt("br_table length");
                if (n > in.remaining()) {
                    // Each label takes at least one byte: a larger count cannot be real.
                    throw in.error("unexpected end of section or function");
                }
                i.ensureLabels(n);
                for (int k = 0; k < n; k++) {
                    i.labels[k] = in.u32();
                }
                i.count = n;
                i.index = in.u32();
            }
            case CALL_INDIRECT, TYPE_FIELD, TYPE_DATA, TYPE_ELEM, TYPE_TYPE, DATA_MEMORY, MEMORY_MEMORY, ELEM_TABLE,
                 TABLE_TABLE -> {
                i.index = in.u32();
                i.index2 = in.u32();
            }
            case TYPE_COUNT -> {
                i.index = in.u32();
                i.value = in.u32() & 0xFFFFFFFFL;
            }
            case MEMARG -> memarg(i);
            case MEMARG_LANE -> {
                memarg(i);
                i.lane = in.u8();
            }
            case V128, SHUFFLE -> {
                i.value = in.fixed64();
                i.valueHigh = in.fixed64();
            }
            case LANE -> i.lane = in.u8();
            case I32 -> i.value = in.s32();
            case I64 -> i.value = in.s64();
            case F32 -> i.value = in.fixed32() & 0xFFFFFFFFL;
            case F64 -> i.value = in.fixed64();
            case HEAP_TYPE -> i.heapType = types.heapType(in);
            case VALUE_TYPES -> {
                int n = in.u32AsInt("select type count");
                if (n > in.remaining()) {
                    throw in.error("unexpected end of section or function");
                }
                i.count = n;
                i.valType = null;
                for (int k = 0; k < n; k++) {
                    // Only one type is valid; keep the first for the validator, which rejects other counts.
                    var t = types.valType(in);
                    if (k == 0) {
                        i.valType = t;
                    }
                }
            }
            case TRY_TABLE -> {
                blockType(i);
                int n = in.u32AsInt("catch count");
                if (n > in.remaining()) {
                    throw in.error("unexpected end of section or function");
                }
                i.ensureCatches(n);
                for (int k = 0; k < n; k++) {
                    int at = in.pos();
                    int kind = in.u8();
                    if (kind > Instruction.CATCH_ALL_REF) {
                        throw in.error("malformed catch clause", at);
                    }
                    i.catchKinds[k] = kind;
                    i.catchTags[k] = kind <= Instruction.CATCH_REF ? in.u32() : -1;
                    i.catchLabels[k] = in.u32();
                }
                i.count = n;
            }
            case BR_ON_CAST -> {
                int at = in.pos();
                i.castFlags = in.u8();
                if ((i.castFlags & ~3) != 0) {
                    throw in.error("malformed br_on_cast flags", at);
                }
                i.index = in.u32();
                i.heapType = types.heapType(in);
                i.heapType2 = types.heapType(in);
            }
        }
    }

    private void blockType(Instruction i) {
        int at = in.pos();
        int b = in.peekU8();
        i.valType = null;
        i.blockTypeIndex = -1;
        if (b == 0x40) {
            in.u8();
            return;
        }
        if ((b & 0xC0) == 0x40) {
            // A one-byte negative s33: a value type code.
            in.u8();
            i.valType = types.valTypeFromCode(in, b, at);
            if (i.valType == null) {
                throw in.error("malformed block type", at);
            }
            return;
        }
        long idx = in.s33();
        if (idx < 0) {
            throw in.error("malformed block type", at);
        }
        i.blockTypeIndex = (int) Math.min(idx, Integer.MAX_VALUE);
    }

    private void memarg(Instruction i) {
        int at = in.pos();
        int flags = in.u32();
        // Bit 6 says a memory index follows (multi-memory); the rest is the alignment exponent.
        if ((flags & 0x40) != 0) {
            i.index2 = in.u32();
            flags &= ~0x40;
        } else {
            i.index2 = 0;
        }
        if (Integer.compareUnsigned(flags, 0x40) >= 0) {
            throw in.error("malformed memop flags", at);
        }
        i.alignLog2 = flags;
        i.value = in.u64();
    }
}
