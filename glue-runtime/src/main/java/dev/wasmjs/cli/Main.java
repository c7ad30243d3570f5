package dev.wasmjs.cli;

import dev.wasmjs.engine.script.WastTool;
import java.util.Arrays;
import java.util.List;

/** The {@code wasmjs} command line: dispatches to the tool named by the first argument. */
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
            default -> {
                System.err.println("wasmjs: unknown command or file type: " + args[0]);
                usage();
                yield 2;
            }
        };
    }

    private static void usage() {
        System.err.println("""
                usage: wasmjs wast [--tier interp|compile|auto] [--expected-failures FILE] PATH...   run WebAssembly spec scripts (.wast)
                """);
    }
}
