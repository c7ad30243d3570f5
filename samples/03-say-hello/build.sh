#!/usr/bin/env bash
# Builds pkg/my_wasm_app_bg.wasm from src/lib.rs (see ../rust-wasm.sh for the toolchain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/$(dirname pkg/my_wasm_app_bg.wasm)"
"$here/../rust-wasm.sh" "$here" pkg/my_wasm_app_bg.wasm
