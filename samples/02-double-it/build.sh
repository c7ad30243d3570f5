#!/usr/bin/env bash
# Builds my_wasm_app.wasm from src/lib.rs (see ../rust-wasm.sh for the toolchain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/$(dirname my_wasm_app.wasm)"
"$here/../rust-wasm.sh" "$here" my_wasm_app.wasm
