package dev.wasmjs.engine.types;

/** The type of an import or export: a function, table, memory, global or tag. */
public sealed interface ExternType permits ExternType.Func, TableType, MemoryType, GlobalType, TagType {
    ExternKind kind();

    /** A function of the given defined (function) type. */
    record Func(DefType type) implements ExternType {
        @Override
        public ExternKind kind() {
            return ExternKind.FUNC;
        }

        public FuncType funcType() {
            return type.funcType();
        }
    }
}
