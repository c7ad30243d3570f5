package dev.wasmjs.engine.types;

/** An exception tag: the function type whose parameters are the exception's payload (results must be empty). */
public record TagType(DefType type) implements ExternType {
    @Override
    public ExternKind kind() {
        return ExternKind.TAG;
    }

    public FuncType funcType() {
        return (FuncType) type.composite();
    }
}
