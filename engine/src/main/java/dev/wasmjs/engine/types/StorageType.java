package dev.wasmjs.engine.types;

/** The type of a struct field or array element: a value type or a packed integer (i8, i16). */
public sealed interface StorageType {
    /** The value type a field of this storage type reads as (packed types read as i32). */
    ValType unpacked();

    /** Size in bytes when stored in linear-memory-like layouts (used by array.new_data). */
    int byteSize();

    record Value(ValType type) implements StorageType {
        @Override
        public ValType unpacked() {
            return type;
        }

        @Override
        public int byteSize() {
            return switch (type.kind()) {
                case I32, F32 -> 4;
                case I64, F64 -> 8;
                case V128 -> 16;
                default -> 0;
            };
        }

        @Override
        public String toString() {
            return type.toString();
        }
    }

    enum Packed implements StorageType {
        I8(1), I16(2);

        private final int size;

        Packed(int size) {
            this.size = size;
        }

        @Override
        public ValType unpacked() {
            return ValType.I32;
        }

        @Override
        public int byteSize() {
            return size;
        }

        @Override
        public String toString() {
            return this == I8 ? "i8" : "i16";
        }
    }
}
