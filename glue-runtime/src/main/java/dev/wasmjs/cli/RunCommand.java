package dev.wasmjs.cli;

import dev.wasmjs.glue.WasmJsHost;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code wasmjs [OPTIONS] FILE [ARGS...]}: runs a script, module or page in a {@link WasmJsHost}. */
final class RunCommand {
    private RunCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean readAnywhere = false;
        boolean write = false;
        boolean net = false;
        Path baseDir = null;
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("--"); i++) {
            switch (args.get(i)) {
                case "--allow-read" -> readAnywhere = true;
                case "--allow-write" -> write = true;
                case "--allow-net" -> net = true;
                case "--base-dir" -> {
                    if (i + 1 >= args.size()) {
                        err.println("wasmjs: --base-dir needs a directory");
                        return 2;
                    }
                    baseDir = Path.of(args.get(++i));
                }
                default -> {
                    err.println("wasmjs: unknown option " + args.get(i) + " (wasmjs --help lists them)");
                    return 2;
                }
            }
        }
        if (i >= args.size()) {
            err.println("wasmjs: no file to run (wasmjs --help)");
            return 2;
        }
        Path file = Path.of(args.get(i)).toAbsolutePath().normalize();
        List<String> scriptArgs = args.subList(i + 1, args.size());
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        WasmJsHost.Mode mode = lower.endsWith(".html") || lower.endsWith(".htm") ? WasmJsHost.Mode.BROWSER
                : WasmJsHost.Mode.NODE;
        Path base = baseDir != null ? baseDir : (file.getParent() != null ? file.getParent() : Path.of("/"));
        try (WasmJsHost host = WasmJsHost.builder()
                .baseDir(base)
                .allowReadAnywhere(readAnywhere)
                .allowWrite(write)
                .allowNetwork(net)
                .mode(mode)
                .arguments(scriptArgs)
                .stdout(out)
                .stderr(err)
                .build()) {
            return host.runFile(file);
        }
    }
}
