#!/usr/bin/env bash
# Prints the environment for Trunk's release build of the wasm, for `eval` (Makefile: build, serve).
#
# Where the machine's nightly toolchain can rebuild the standard library for wasm (its rust-src
# component is there, `make tools` adds it), the wasm is built with that std: panics become a bare
# trap at once (`-Cpanic=immediate-abort`: no panic message formatting, which nothing here shows; the
# release profile already aborts), no file and line strings (`-Zlocation-detail=none`), and std's
# smaller code paths (`optimize_for_size`). That takes about 22 KB off the wasm, 6.5 KB with brotli.
# Anywhere else the build is the stable one and works the same, only larger; it says so.
#
# Either way the wasm is linked by tools/wasm-ld.sh, which leaves out exports the widget never
# uses (wasm-streams' classes, which Leptos brings in): 3.4 KB less with brotli.
#
# Only the wasm target gets these: the post-build hook (Trunk.toml) builds the native static-view
# renderer with the stable toolchain, and the tests build with stable too.
set -u
echo "export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER='$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/wasm-ld.sh'"
if sysroot=$(rustup run nightly rustc --print sysroot 2>/dev/null) &&
  [ -d "$sysroot/lib/rustlib/src/rust/library" ] &&
  rustup run nightly rustc -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none \
    --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
  echo 'export RUSTUP_TOOLCHAIN=nightly'
  echo 'export CARGO_UNSTABLE_BUILD_STD=std,panic_abort'
  echo 'export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size'
  echo 'export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"'
  echo "wasm: $(rustup run nightly rustc --version), std rebuilt for size" >&2
else
  echo "wasm: stable toolchain (no nightly with rust-src here: the wasm is about 6.5 KB larger with brotli)" >&2
fi
