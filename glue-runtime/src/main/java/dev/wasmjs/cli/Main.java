package dev.wasmjs.cli;

import dev.wasmjs.engine.script.WastTool;
import dev.wasmjs.jsapi.wpt.WptTool;
import java.util.Arrays;
import java.util.List;

/** The {@code wasmjs} command line: dispatches to the tool named by the first argument, else runs a file. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "wast" -> WastTool.run(rest, System.out, System.err);
            case "wpt" -> WptTool.run(rest, System.out, System.err);
            default -> RunCommand.run(Arrays.asList(args), System.out, System.err);
        };
    }

    private static void usage() {
        System.err.println("""
                usage: wasmjs [OPTIONS] FILE [ARGS...]   run FILE: .mjs (ES module), .cjs (CommonJS),
                                                         .js (by package.json "type", else by syntax), .html (page)
                         --allow-read     read files outside FILE's directory
                         --allow-write    let the program write files (node fs)
                         --allow-net      let fetch() use http: and https:
                         --base-dir DIR   confine reads to DIR (default: FILE's directory)
                       wasmjs wast [--tier interp|compile|auto] [--expected-failures FILE] PATH...
                                                         run WebAssembly spec scripts (.wast)
                       wasmjs wpt [--expected-failures FILE] PATH...    run WebAssembly JS API tests (.any.js)
                """);
    }
}
