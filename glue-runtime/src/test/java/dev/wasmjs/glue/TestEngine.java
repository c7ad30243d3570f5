package dev.wasmjs.glue;

import org.graalvm.polyglot.Engine;

/** One GraalJS engine for all tests of this module, so parsed host scripts are cached between hosts. */
final class TestEngine {
    private static Engine engine;

    private TestEngine() {
    }

    static synchronized Engine get() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }
}
