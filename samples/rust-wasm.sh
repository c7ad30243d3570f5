#!/usr/bin/env bash
# Compiles a sample's src/lib.rs to wasm32-unknown-unknown as a cdylib, with Debian's rustc and its wasm32
# standard library (installed with apt-get when missing). Usage: rust-wasm.sh SAMPLE_DIR OUTPUT.wasm
# Debian's rustc lives in /usr/bin; a rustup toolchain earlier on PATH usually lacks the wasm32 target.
set -euo pipefail
dir="$1"
out="$2"
RUSTC=/usr/bin/rustc
if [ ! -x "$RUSTC" ] || [ ! -d /usr/lib/rustlib/wasm32-unknown-unknown ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rustc libstd-rust-dev-wasm32 lld-14
fi
cd "$dir"
"$RUSTC" --edition 2018 --target wasm32-unknown-unknown --crate-type cdylib -O -C strip=symbols -o "$out" src/lib.rs
echo "built $dir/$out"
