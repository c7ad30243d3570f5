package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.TagType;

/** An exception tag; identity distinguishes tags, even of the same type. */
public final class Tag {
    private final TagType type;

    public Tag(TagType type) {
        this.type = type;
    }

    public TagType type() {
        return type;
    }
}
