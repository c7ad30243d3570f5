#!/usr/bin/env bash
# Builds interop.wasm from src/lib.rs (see ../rust-wasm.sh for the toolchain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/$(dirname interop.wasm)"
"$here/../rust-wasm.sh" "$here" interop.wasm
