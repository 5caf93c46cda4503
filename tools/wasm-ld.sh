#!/usr/bin/env bash
# The linker of the release wasm (tools/wasm-env.sh names it): the toolchain's own rust-lld, less
# the exports of three classes of wasm-streams (IntoUnderlyingSource, IntoUnderlyingByteSource,
# IntoUnderlyingSink) and of their descriptions for wasm-bindgen.
#
# Leptos always brings in its server functions' browser client (server_fn's "browser" feature),
# and with it wasm-streams, whose classes are exported for JavaScript. This widget calls no server
# function, but exported functions are roots: the linker keeps them, the futures they start and
# those futures' vtables; once a function is in the wasm's function table nothing (not wasm-opt,
# not the post-build trim of unused exports, tools/post-build/src/slim.rs) can prove it unused again. Left out
# here, the linker never keeps them: 3.2 KB of the wasm and 0.2 KB of the glue with brotli.
# wasm-bindgen accepts a class without its methods and free function; the post-build trim then
# removes the empty classes from the glue (`slim::drop_classes`). e2e/bundle.test.mjs checks that
# the glue reaches none of the streams' JavaScript.
set -euo pipefail

left_out() { [[ $1 == *intounderlying* ]]; }

# The arguments without each `--export NAME` or `--export=NAME` whose name is left out, one per
# line. (rustc passes a response file instead only for command lines of megabytes; this one's is
# about 330 KB. Were it to, the build would work, the wasm only larger: the bundle test says so.)
filter() {
  local skip=0 arg
  for arg in "$@"; do
    if ((skip)); then
      skip=0
      left_out "$arg" || printf '%s\n%s\n' --export "$arg"
    elif [[ $arg == --export ]]; then
      skip=1
    elif [[ $arg == --export=* ]]; then
      left_out "${arg#--export=}" || printf '%s\n' "$arg"
    else
      printf '%s\n' "$arg"
    fi
  done
}
mapfile -t kept < <(filter "$@")

host=$(rustc -vV | sed -n 's/^host: //p')
exec "$(rustc --print sysroot)/lib/rustlib/$host/bin/rust-lld" "${kept[@]}"
