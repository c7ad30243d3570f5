#!/usr/bin/env bash
# Builds bench/kernels/*.c and *.wat to bench/wasm/*.wasm (committed, so running the benchmarks needs no C
# toolchain). C needs clang with the wasm32 target and wasm-ld (installs Debian's clang and lld when they are
# missing); kernels whose name starts with "simd" get -msimd128. The hand-written .wat kernels (GC, exceptions)
# are assembled by the engine's own text format (BenchMain wat), so the engine and bench are built first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v clang >/dev/null || ! command -v wasm-ld >/dev/null; then
  echo "installing clang and lld (wasm32 target, wasm-ld)..." >&2
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang lld >/dev/null
fi

mkdir -p wasm
for src in kernels/*.c; do
  name="$(basename "$src" .c)"
  simd=()
  case "$name" in simd*) simd=(-msimd128) ;; esac
  # -O2, freestanding: no libc, no entry point; only `run` is exported. 1 MiB of stack.
  clang --target=wasm32 -O2 "${simd[@]}" -nostdlib -fno-builtin-malloc \
    -Wl,--no-entry -Wl,--export=run -Wl,-z,stack-size=1048576 \
    -o "wasm/$name.wasm" "$src"
  echo "built wasm/$name.wasm ($(stat -c %s "wasm/$name.wasm") bytes)"
done

export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
(cd .. && flock /tmp/wasmjs-mvn.lock mvn -B -q -DskipTests package -pl bench -am)
for src in kernels/*.wat; do
  name="$(basename "$src" .wat)"
  "$JAVA_HOME/bin/java" -cp ../engine/target/classes:target/classes dev.wasmjs.bench.BenchMain wat "$src" "wasm/$name.wasm"
  echo "built wasm/$name.wasm ($(stat -c %s "wasm/$name.wasm") bytes)"
done
