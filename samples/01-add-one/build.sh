#!/usr/bin/env bash
# Builds add_one.wasm from src/lib.rs (see ../rust-wasm.sh for the toolchain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/$(dirname add_one.wasm)"
"$here/../rust-wasm.sh" "$here" add_one.wasm
