package dev.wasmjs.engine.types;

public record GlobalType(ValType type, boolean mutable) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.GLOBAL;
    }

    @Override
    public String toString() {
        return mutable ? "(mut " + type + ")" : type.toString();
    }
}
