package dev.wasmjs.engine.text;

import java.util.List;

/** {@code (invoke $module? "name" arg*)} or {@code (get $module? "name")}; a null module means the last one. */
public sealed interface WastAction {
    String moduleId();

    String name();

    record Invoke(String moduleId, String name, List<WastValue> args) implements WastAction {
        public Invoke {
            args = List.copyOf(args);
        }
    }

    record Get(String moduleId, String name) implements WastAction {}
}
