package dev.wasmjs.bench;

import dev.wasmjs.engine.ExecutionMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark command. {@code all} runs every kernel under node, the wasmjs compiled tier and the wasmjs
 * interpreter, each in its own process, and prints a table with steady-state time, first-call time, checksum and
 * the ratio to node; then compile + instantiate + first call of a large module. {@code kernel} and {@code large}
 * are the single measurements it runs in child JVMs.
 *
 * <pre>
 *   all [--bench-dir DIR] [--kernels a,b,...] [--no-interp | --interp-only] [--large FILE.wasm EXPORT] [--new-node PATH]
 *       [--graal-jit DIR]   (the Graal compiler jars: adds the GraalWasm column, run with the optimized runtime)
 *   kernel FILE ARG interp|compile|auto|graalwasm WARMUP ITERATIONS
 *   large FILE EXPORT interp|compile|auto|graalwasm
 *   wat FILE.wat FILE.wasm      (assembles a hand-written kernel with the engine's text format)
 * </pre>
 */
public final class BenchMain {
    static final int WARMUP = 5;
    static final int ITERATIONS = 5;
    static final int INTERP_WARMUP = 1;
    static final int INTERP_ITERATIONS = 3;
    private static final long CHILD_TIMEOUT_MINUTES = 10;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "kernel" -> System.out.println(args[3].equals("graalwasm")
                    ? GraalWasmMeasure.kernel(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[4]),
                            Integer.parseInt(args[5]))
                    : Measure.kernel(Path.of(args[1]), Integer.parseInt(args[2]), ExecutionMode.parse(args[3]),
                            Integer.parseInt(args[4]), Integer.parseInt(args[5])));
            case "large" -> System.out.println(args[3].equals("graalwasm") ? GraalWasmMeasure.large(Path.of(args[1]), args[2])
                    : Measure.large(Path.of(args[1]), args[2], ExecutionMode.parse(args[3])));
            case "all" -> all(args);
            case "wat" -> Files.write(Path.of(args[2]),
                    dev.wasmjs.engine.text.Wat.toBinary(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: BenchMain all [--bench-dir DIR] [--kernels a,b] [--no-interp | --interp-only]"
                + " [--large FILE EXPORT] [--new-node PATH] [--graal-jit DIR]\n"
                + "       BenchMain kernel FILE ARG TIER|graalwasm WARMUP ITERATIONS | large FILE EXPORT TIER|graalwasm");
        System.exit(2);
    }

    /** {@code node}: node 20 (the reference), or the newer node for kernels node 20 cannot run. */
    /** {@code graal}: GraalWasm's numbers; {@code graalUnsupported}: its message when it does not take the kernel. */
    private record Row(Kernel kernel, double[] node, double[] newNode, double[] compiled, double[] interp,
            double[] graal, String graalUnsupported) {
    }

    private static void all(String[] args) throws Exception {
        Path dir = Path.of("bench");
        List<String> only = null;
        boolean interp = true;
        boolean compiled = true;
        Path large = null;
        String largeExport = null;
        String newNode = null;
        Path graalJit = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--bench-dir" -> dir = Path.of(args[++i]);
                case "--kernels" -> only = List.of(args[++i].split(","));
                case "--no-interp" -> interp = false;
                // Node and the interpreter only: for work on the interpreter, whose rows take longest anyway.
                case "--interp-only" -> compiled = false;
                case "--new-node" -> newNode = args[++i];
                case "--graal-jit" -> graalJit = Path.of(args[++i]);
                case "--large" -> {
                    large = Path.of(args[++i]);
                    largeExport = args[++i];
                }
                default -> usage();
            }
        }
        boolean node = hasNode();
        List<Row> rows = new ArrayList<>();
        for (Kernel k : Kernel.ALL) {
            if (only != null && !only.contains(k.name())) {
                continue;
            }
            String wasm = dir.resolve("wasm").resolve(k.name() + ".wasm").toString();
            String arg = String.valueOf(k.arg());
            double[] nn = newNode == null ? null
                    : numbers(run(nodeCommand(newNode, dir, "kernel", wasm, arg, "" + WARMUP, "" + ITERATIONS)));
            double[] n = k.newNode() ? nn : node
                    ? numbers(run(nodeCommand("node", dir, "kernel", wasm, arg, "" + WARMUP, "" + ITERATIONS))) : null;
            double[] c = compiled
                    ? numbers(run(javaCommand("kernel", wasm, arg, "compile", "" + WARMUP, "" + ITERATIONS))) : null;
            double[] in = interp ? numbers(run(javaCommand("kernel", wasm, arg, "interp", "" + INTERP_WARMUP,
                    "" + INTERP_ITERATIONS))) : null;
            double[] g = null;
            String graalUnsupported = null;
            if (graalJit != null && compiled) {
                List<String> cmd = javaCommand(graalJvmOptions(graalJit), "kernel", wasm, arg, "graalwasm", "" + WARMUP,
                        "" + ITERATIONS);
                String line = run(cmd);
                if (line.startsWith(GraalWasmMeasure.UNSUPPORTED)) {
                    graalUnsupported = line.substring(GraalWasmMeasure.UNSUPPORTED.length()).trim();
                } else {
                    g = numbers(line);
                }
            }
            rows.add(new Row(k, n, nn, c, in, g, graalUnsupported));
            System.err.println("  " + k.name() + ": node " + (n == null ? "-" : fmt(n[1])) + " ms"
                    + (c == null ? "" : ", compiled " + fmt(c[1]) + " ms")
                    + (in == null ? "" : ", interpreter " + fmt(in[1]) + " ms")
                    + (g == null ? "" : ", GraalWasm " + fmt(g[1]) + " ms"));
        }
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine()).append("; date ").append(LocalDate.now()).append('\n');
        out.append("node ").append(node ? run(List.of("node", "--version")).trim() : "(not found)")
                .append(newNode == null ? "" : " and " + run(List.of(newNode, "--version")).trim()
                        + " (the newer node, for kernels node 20 cannot run: marked *)")
                .append(", ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\n\n");
        out.append("| kernel | checksum | node ms | wasmjs compiled ms | compiled / node | compiled first call ms "
                + "| node first call ms | wasmjs interp ms | interp / node | newer node ms | compiled / newer node "
                + "| GraalWasm ms | compiled / GraalWasm |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> graalNotes = new ArrayList<>();
        double logG = 0;
        int ng = 0;
        double logC = 0;
        double logI = 0;
        int nc = 0;
        int ni = 0;
        double logScalar = 0;
        int nScalar = 0;
        for (Row r : rows) {
            double[] reference = r.compiled() != null ? r.compiled() : r.interp();
            long checksum = (long) reference[2];
            boolean ok = (r.node() == null || (long) r.node()[2] == checksum)
                    && (r.newNode() == null || (long) r.newNode()[2] == checksum)
                    && (r.interp() == null || (long) r.interp()[2] == checksum);
            double rn = r.newNode() == null || r.compiled() == null ? Double.NaN : r.compiled()[1] / r.newNode()[1];
            double rc = r.node() == null || r.compiled() == null ? Double.NaN : r.compiled()[1] / r.node()[1];
            double ri = r.node() == null || r.interp() == null ? Double.NaN : r.interp()[1] / r.node()[1];
            double rg = r.graal() == null || r.compiled() == null ? Double.NaN : r.compiled()[1] / r.graal()[1];
            if (!Double.isNaN(rg)) {
                logG += Math.log(rg);
                ng++;
            }
            if (r.graal() != null && (long) r.graal()[2] != checksum) {
                ok = false;
            }
            if (r.graalUnsupported() != null) {
                graalNotes.add(r.kernel().name() + ": " + r.graalUnsupported());
            }
            if (!Double.isNaN(rc)) {
                logC += Math.log(rc);
                nc++;
                if (Kernel.SCALAR.contains(r.kernel().name())) {
                    logScalar += Math.log(rc);
                    nScalar++;
                }
            }
            if (!Double.isNaN(ri)) {
                logI += Math.log(ri);
                ni++;
            }
            out.append("| ").append(r.kernel().name()).append(" | ").append(checksum).append(ok ? "" : " MISMATCH")
                    .append(" | ").append(r.node() == null ? "-" : fmt(r.node()[1]) + (r.kernel().newNode() ? "*" : ""))
                    .append(" | ").append(r.compiled() == null ? "-" : fmt(r.compiled()[1]))
                    .append(" | ").append(ratio(rc))
                    .append(" | ").append(r.compiled() == null ? "-" : fmt(r.compiled()[0]))
                    .append(" | ").append(r.node() == null ? "-" : fmt(r.node()[0]))
                    .append(" | ").append(r.interp() == null ? "-" : fmt(r.interp()[1]))
                    .append(" | ").append(ratio(ri))
                    .append(" | ").append(r.newNode() == null ? "-" : fmt(r.newNode()[1]))
                    .append(" | ").append(ratio(rn))
                    .append(" | ").append(r.graal() != null ? fmt(r.graal()[1])
                            : r.graalUnsupported() != null ? "unsupported" : "-")
                    .append(" | ").append(ratio(rg)).append(" |\n");
        }
        out.append("| **geomean** | | | | ").append(nc == 0 ? "-" : ratio(Math.exp(logC / nc)))
                .append(" | | | | ").append(ni == 0 ? "-" : ratio(Math.exp(logI / ni))).append(" | | | | ")
                .append(ng == 0 ? "-" : ratio(Math.exp(logG / ng))).append(" |\n");
        if (nScalar > 0 && nScalar < nc) {
            out.append("| geomean, the ").append(nScalar).append(" scalar kernels | | | | ")
                    .append(ratio(Math.exp(logScalar / nScalar))).append(" | | | | | | | | |\n");
        }
        out.append("\nSteady state: median of ").append(ITERATIONS).append(" runs after ").append(WARMUP)
                .append(" warm-up runs (interpreter: ").append(INTERP_ITERATIONS).append(" after ")
                .append(INTERP_WARMUP).append("); first call: the first run(arg) after instantiation, in a fresh process.\n");
        out.append("GraalWasm: ").append(graalJit == null ? "not run (no --graal-jit)" : "GraalWasm " + graalWasmVersion()
                + " through its Java embedding, optimized runtime (Graal compiler from " + graalJit + ")").append(".\n");
        for (String note : graalNotes) {
            out.append("- GraalWasm does not take ").append(note).append('\n');
        }
        out.append("JS-level call overhead (JS->wasm, wasm->JS): jsapi/bench/run.sh.\n");
        if (large != null) {
            String[] tiers = compiled ? new String[] {"auto", "compile", "interp"} : new String[] {"interp"};
            out.append('\n').append(largeModule(dir, large, largeExport, node, tiers, compiled ? graalJit : null));
        }
        System.out.print(out);
        Path results = dir.resolve("target");
        Files.createDirectories(results);
        Files.writeString(results.resolve("results.md"), out.toString());
    }

    private static String largeModule(Path dir, Path file, String export, boolean node, String[] tiers, Path graalJit)
            throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Large module: ").append(file.getFileName()).append(" (").append(Files.size(file) / 1024)
                .append(" KiB), compile + instantiate (imports stubbed) + first call of `").append(export).append("`\n\n");
        out.append("| engine | compile ms | instantiate ms | first call ms | total ms |\n|---|---|---|---|---|\n");
        if (node) {
            double[] n = numbers(run(nodeCommand("node", dir, "large", file.toString(), export)));
            out.append(largeRow("node", n));
        }
        for (String tier : tiers) {
            double[] w = numbers(run(javaCommand("large", file.toString(), export, tier)));
            out.append(largeRow("wasmjs " + tier, w));
        }
        if (graalJit != null) {
            double[] g = numbers(run(javaCommand(graalJvmOptions(graalJit), "large", file.toString(), export, "graalwasm")));
            out.append(largeRow("GraalWasm", g));
        }
        return out.toString();
    }

    private static String largeRow(String name, double[] v) {
        return "| " + name + " | " + fmt(v[0]) + " | " + fmt(v[1]) + " | " + fmt(v[2]) + " | " + fmt(v[0] + v[1] + v[2])
                + " |\n";
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.2fx", r);
    }

    private static String fmt(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static double[] numbers(String line) {
        String[] parts = line.trim().split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        return v;
    }

    private static List<String> javaCommand(String... args) {
        return javaCommand(List.of(), args);
    }

    private static List<String> javaCommand(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.add("-Xss16m");
        cmd.add("-Xmx2g");
        cmd.add("-XX:+UseParallelGC");
        for (String p : new String[] {"wasmjs.tier.threshold", "wasmjs.compile.hugeMethods"}) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchMain.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The version of the wasm-language jar on the class path (what Maven resolved for the bench module). */
    private static String graalWasmVersion() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString())
                .filter(f -> f.startsWith("wasm-language-") && f.endsWith(".jar"))
                .map(f -> f.substring("wasm-language-".length(), f.length() - ".jar".length()))
                .findFirst().orElse("(version unknown)");
    }

    /** Truffle's optimized runtime on a stock JDK: the Graal compiler jars of {@code dir} as JVMCI compiler. */
    private static List<String> graalJvmOptions(Path dir) {
        String path = Stream.of("compiler", "collections", "word", "truffle-compiler")
                .map(jar -> dir.resolve(jar + ".jar").toString()).collect(Collectors.joining(java.io.File.pathSeparator));
        // Truffle still uses sun.misc.Unsafe: allowed here so that its warnings do not bury the progress lines.
        return List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=" + path,
                "--sun-misc-unsafe-memory-access=allow");
    }

    private static List<String> nodeCommand(String node, Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(node, dir.resolve("node-bench.mjs").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static boolean hasNode() {
        try {
            run(List.of("node", "--version"));
            return true;
        } catch (Exception e) {
            System.err.println("node not found: node columns are left empty");
            return false;
        }
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            throw new IOException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + out);
        }
        return out.trim();
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: leave the CPU unknown
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name");
    }
}
