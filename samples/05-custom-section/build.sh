#!/usr/bin/env bash
# Builds sections.wasm from src/lib.rs (see ../rust-wasm.sh for the toolchain).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/$(dirname sections.wasm)"
"$here/../rust-wasm.sh" "$here" sections.wasm
