#!/usr/bin/env bash
# Measures what to do with a wasm function whose JVM method is over HotSpot's huge-method limit (8000 bytes of
# bytecode): leave it on the wasm interpreter, compile it and let HotSpot interpret the bytecode, or compile it with
# -XX:-DontCompileHugeMethods. The function is a hot loop whose body is 1500 i32 statements (generated here).
# Result in bench/README.md; the engine's choice is compile/HugeMethodPolicy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
LOCK=/tmp/wasmjs-mvn.lock
OUT=bench/target/huge-method
mkdir -p "$OUT"

flock "$LOCK" mvn -B -q -DskipTests package -pl bench -am
CP="engine/target/classes:bench/target/classes"

{
  echo '(module (func (export "run") (param $n i32) (result i32) (local $i i32) (local $a i32) (local $b i32)'
  echo '  (local.set $a (i32.const 1)) (loop $l'
  for k in $(seq 0 1499); do
    if (( k % 2 == 0 )); then
      echo "    (local.set \$a (i32.add (local.get \$b) (i32.xor (local.get \$a) (i32.const $k))))"
    else
      echo "    (local.set \$b (i32.sub (local.get \$a) (i32.mul (local.get \$b) (i32.const $k))))"
    fi
  done
  echo '    (local.set $i (i32.add (local.get $i) (i32.const 1)))'
  echo '    (br_if $l (i32.lt_u (local.get $i) (local.get $n))))'
  echo '  (i32.xor (local.get $a) (local.get $b))))'
} > "$OUT/huge.wat"
java -cp "$CP" dev.wasmjs.bench.BenchMain wat "$OUT/huge.wat" "$OUT/huge.wasm"

# name | JVM options | tier
run() {
  local name=$1 tier=$2
  shift 2
  printf '%-58s ' "$name"
  flock "$LOCK" java "$@" -cp "$CP" dev.wasmjs.bench.BenchMain kernel "$OUT/huge.wasm" 20000 "$tier" 3 5 \
    | awk '{ printf "first call %8.1f ms   steady %8.1f ms   checksum %s\n", $1, $2, $3 }'
}
run "wasm interpreter" interp
run "compiled, left to HotSpot's bytecode interpreter" compile -Dwasmjs.compile.hugeMethods=compile
run "compiled, -XX:-DontCompileHugeMethods (bin/wasmjs default)" compile -XX:-DontCompileHugeMethods
