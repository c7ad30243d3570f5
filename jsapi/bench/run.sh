#!/usr/bin/env bash
# Call-overhead benchmark: JS -> wasm export calls and wasm -> JS import calls, under GraalJS + wasmjs,
# GraalJS + GraalWasm (both with the Graal compiler, each in its own JVM) and node, on the same module and script.
# Prints calls per second (millions) and the ratios. Runs under the shared Maven lock so nothing disturbs it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
LOCK=/tmp/wasmjs-mvn.lock
OUT=jsapi/target/bench
mkdir -p "$OUT"

flock "$LOCK" mvn -B -q -Pbench -pl jsapi -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >&2
CP="engine/target/classes:jsapi/target/classes:jsapi/target/test-classes:$(cat "$OUT/classpath.txt")"
JIT=jsapi/target/graal-jit
JAVA_OPTS=(-Xss16m -Xmx2g -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
  "--upgrade-module-path=$JIT/compiler.jar:$JIT/collections.jar:$JIT/word.jar:$JIT/truffle-compiler.jar")

# run NAME COMMAND...: the raw output goes to $OUT/NAME.log, the results to $OUT/NAME.tsv.
run() {
  local name=$1
  shift
  flock "$LOCK" "$@" > "$OUT/$name.log" 2>&1
  grep -v '^RESULT' "$OUT/$name.log" | grep -v '^WARNING\|^$' >&2 || true
  awk -F'\t' '/^RESULT/ { print $2 "\t" $3 }' "$OUT/$name.log" > "$OUT/$name.tsv"
}
run wasmjs java "${JAVA_OPTS[@]}" -cp "$CP" dev.wasmjs.jsapi.bench.CallBench wasmjs jsapi/bench "$OUT/calls.wasm"
run graalwasm java "${JAVA_OPTS[@]}" -cp "$CP" dev.wasmjs.jsapi.bench.CallBench graalwasm jsapi/bench
echo "# node $(node --version)" >&2
run node node jsapi/bench/calls.js "$OUT/calls.wasm"

echo
awk -F'\t' '
  FNR == 1 { file++ }
  { rate[file, $1] = $2; if (file == 1) names[++n] = $1 }
  END {
    printf "%-26s %10s %10s %10s %12s %16s\n", "M calls/s", "wasmjs", "graalwasm", "node", "wasmjs/node", "wasmjs/graalwasm"
    for (i = 1; i <= n; i++) {
      k = names[i]; w = rate[1, k]; g = rate[2, k]; d = rate[3, k]
      if (g == "") printf "%-26s %10.2f %10s %10s %12s %16s\n", k, w, "-", "-", "-", "-"
      else printf "%-26s %10.2f %10.2f %10.2f %12.3f %16.3f\n", k, w, g, d, w / d, w / g
    }
    # An import call costs its loop iteration plus the call: subtract the loop to see the call alone.
    printf "\nns per wasm->js import call, beyond the loop: wasmjs %.1f, graalwasm %.1f, node %.1f\n",
      1000 / rate[1, "wasm->js inc(i32)"] - 1000 / rate[1, "wasm loop only"],
      1000 / rate[2, "wasm->js inc(i32)"] - 1000 / rate[2, "wasm loop only"],
      1000 / rate[3, "wasm->js inc(i32)"] - 1000 / rate[3, "wasm loop only"]
  }' "$OUT/wasmjs.tsv" "$OUT/graalwasm.tsv" "$OUT/node.tsv"
