package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.TagType;

/** An exception tag; identity distinguishes tags, even of the same type. */
public final class Tag {
    private final TagType type;
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this tag here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    public Tag(TagType type) {
        this.type = type;
    }

    public TagType type() {
        return type;
    }
}
