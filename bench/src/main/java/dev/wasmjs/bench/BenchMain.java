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

/**
 * The benchmark command. {@code all} runs every kernel under node, the wasmjs compiled tier and the wasmjs
 * interpreter, each in its own process, and prints a table with steady-state time, first-call time, checksum and
 * the ratio to node; then compile + instantiate + first call of a large module. {@code kernel} and {@code large}
 * are the single measurements it runs in child JVMs.
 *
 * <pre>
 *   all [--bench-dir DIR] [--kernels a,b,...] [--no-interp | --interp-only] [--large FILE.wasm EXPORT]
 *   kernel FILE ARG interp|compile|auto WARMUP ITERATIONS
 *   large FILE EXPORT interp|compile|auto
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
            case "kernel" -> System.out.println(Measure.kernel(Path.of(args[1]), Integer.parseInt(args[2]),
                    ExecutionMode.parse(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5])));
            case "large" -> System.out.println(Measure.large(Path.of(args[1]), args[2], ExecutionMode.parse(args[3])));
            case "all" -> all(args);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: BenchMain all [--bench-dir DIR] [--kernels a,b] [--no-interp | --interp-only]"
                + " [--large FILE EXPORT]\n"
                + "       BenchMain kernel FILE ARG TIER WARMUP ITERATIONS | large FILE EXPORT TIER");
        System.exit(2);
    }

    private record Row(Kernel kernel, double[] node, double[] compiled, double[] interp) {
    }

    private static void all(String[] args) throws Exception {
        Path dir = Path.of("bench");
        List<String> only = null;
        boolean interp = true;
        boolean compiled = true;
        Path large = null;
        String largeExport = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--bench-dir" -> dir = Path.of(args[++i]);
                case "--kernels" -> only = List.of(args[++i].split(","));
                case "--no-interp" -> interp = false;
                // Node and the interpreter only: for work on the interpreter, whose rows take longest anyway.
                case "--interp-only" -> compiled = false;
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
            double[] n = node ? numbers(run(nodeCommand(dir, "kernel", wasm, arg, "" + WARMUP, "" + ITERATIONS))) : null;
            double[] c = compiled
                    ? numbers(run(javaCommand("kernel", wasm, arg, "compile", "" + WARMUP, "" + ITERATIONS))) : null;
            double[] in = interp ? numbers(run(javaCommand("kernel", wasm, arg, "interp", "" + INTERP_WARMUP,
                    "" + INTERP_ITERATIONS))) : null;
            Row row = new Row(k, n, c, in);
            rows.add(row);
            System.err.println("  " + k.name() + ": node " + (n == null ? "-" : fmt(n[1])) + " ms"
                    + (c == null ? "" : ", compiled " + fmt(c[1]) + " ms")
                    + (in == null ? "" : ", interpreter " + fmt(in[1]) + " ms"));
        }
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(machine()).append("; date ").append(LocalDate.now()).append('\n');
        out.append("node ").append(node ? run(List.of("node", "--version")).trim() : "(not found)")
                .append(", ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\n\n");
        out.append("| kernel | checksum | node ms | wasmjs compiled ms | compiled / node | compiled first call ms "
                + "| node first call ms | wasmjs interp ms | interp / node | GraalWasm ms |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        double logC = 0;
        double logI = 0;
        int nc = 0;
        int ni = 0;
        for (Row r : rows) {
            double[] reference = r.compiled() != null ? r.compiled() : r.interp();
            long checksum = (long) reference[2];
            boolean ok = (r.node() == null || (long) r.node()[2] == checksum)
                    && (r.interp() == null || (long) r.interp()[2] == checksum);
            double rc = r.node() == null || r.compiled() == null ? Double.NaN : r.compiled()[1] / r.node()[1];
            double ri = r.node() == null || r.interp() == null ? Double.NaN : r.interp()[1] / r.node()[1];
            if (!Double.isNaN(rc)) {
                logC += Math.log(rc);
                nc++;
            }
            if (!Double.isNaN(ri)) {
                logI += Math.log(ri);
                ni++;
            }
            out.append("| ").append(r.kernel().name()).append(" | ").append(checksum).append(ok ? "" : " MISMATCH")
                    .append(" | ").append(r.node() == null ? "-" : fmt(r.node()[1]))
                    .append(" | ").append(r.compiled() == null ? "-" : fmt(r.compiled()[1]))
                    .append(" | ").append(ratio(rc))
                    .append(" | ").append(r.compiled() == null ? "-" : fmt(r.compiled()[0]))
                    .append(" | ").append(r.node() == null ? "-" : fmt(r.node()[0]))
                    .append(" | ").append(r.interp() == null ? "-" : fmt(r.interp()[1]))
                    .append(" | ").append(ratio(ri))
                    .append(" | (needs jsapi) |\n");
        }
        out.append("| **geomean** | | | | ").append(nc == 0 ? "-" : ratio(Math.exp(logC / nc)))
                .append(" | | | | ").append(ni == 0 ? "-" : ratio(Math.exp(logI / ni))).append(" | |\n");
        out.append("\nSteady state: median of ").append(ITERATIONS).append(" runs after ").append(WARMUP)
                .append(" warm-up runs (interpreter: ").append(INTERP_ITERATIONS).append(" after ")
                .append(INTERP_WARMUP).append("); first call: the first run(arg) after instantiation, in a fresh process.\n");
        out.append("JS-level call overhead (JS->wasm, wasm->JS) and GraalJS+GraalWasm rows: need the jsapi module (pending).\n");
        if (large != null) {
            String[] tiers = compiled ? new String[] {"auto", "compile", "interp"} : new String[] {"interp"};
            out.append('\n').append(largeModule(dir, large, largeExport, node, tiers));
        }
        System.out.print(out);
        Path results = dir.resolve("target");
        Files.createDirectories(results);
        Files.writeString(results.resolve("results.md"), out.toString());
    }

    private static String largeModule(Path dir, Path file, String export, boolean node, String[] tiers)
            throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Large module: ").append(file.getFileName()).append(" (").append(Files.size(file) / 1024)
                .append(" KiB), compile + instantiate (imports stubbed) + first call of `").append(export).append("`\n\n");
        out.append("| engine | compile ms | instantiate ms | first call ms | total ms |\n|---|---|---|---|---|\n");
        if (node) {
            double[] n = numbers(run(nodeCommand(dir, "large", file.toString(), export)));
            out.append(largeRow("node", n));
        }
        for (String tier : tiers) {
            double[] w = numbers(run(javaCommand("large", file.toString(), export, tier)));
            out.append(largeRow("wasmjs " + tier, w));
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
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
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

    private static List<String> nodeCommand(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("node", dir.resolve("node-bench.mjs").toString()));
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
