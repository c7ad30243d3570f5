#!/usr/bin/env bash
# Builds structs.wasm with clang and lld (Debian's clang-14 / lld-14; installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CLANG="$(command -v clang-14 || command -v clang || true)"
if [ -z "$CLANG" ] || ! command -v wasm-ld >/dev/null 2>&1 && ! command -v wasm-ld-14 >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends clang-14 lld-14 lld
  CLANG="$(command -v clang-14)"
fi
"$CLANG" --target=wasm32 -O2 -nostdlib -fuse-ld=lld -Wl,--no-entry -Wl,--export-dynamic \
  -o structs.wasm src/structs.c
echo "built $(pwd)/structs.wasm"
