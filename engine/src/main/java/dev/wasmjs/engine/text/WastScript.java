package dev.wasmjs.engine.text;

import java.util.List;

/** A parsed WAST script: the commands of one {@code .wast} file in source order. */
public record WastScript(String fileName, List<WastCommand> commands) {
    public WastScript {
        commands = List.copyOf(commands);
    }
}
