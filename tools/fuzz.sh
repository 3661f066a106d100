#!/usr/bin/env bash
# Fuzzes the domain with cargo-fuzz (libFuzzer) on nightly, one target after the other (the machine's
# cores are shared). Each target runs FUZZ_RUNS inputs (libFuzzer's -runs, default 1000000); with
# FUZZ_SECONDS set, it also stops after that many seconds (-max_total_time), whichever comes first.
# Usage: tools/fuzz.sh [target...]; with no target, every target declared in fuzz/Cargo.toml.
# New inputs go to fuzz/corpus/<target>, crashes to fuzz/artifacts/<target> (both git-ignored);
# fuzz/seeds/<target> holds the committed starting inputs (crashes found are added there, with a test).
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
FUZZ_RUNS="${FUZZ_RUNS:-1000000}"
cd "$(dirname "$0")/.."

if ! cargo fuzz --version 2>/dev/null | grep -qF " ${CARGO_FUZZ_VERSION}"; then
  cargo install cargo-fuzz --version "=${CARGO_FUZZ_VERSION}" --locked
fi

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

limits=(-runs="${FUZZ_RUNS}")
if [ -n "${FUZZ_SECONDS:-}" ]; then
  limits+=(-max_total_time="${FUZZ_SECONDS}")
fi

for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/${target}" "fuzz/seeds/${target}"
  echo "== fuzzing ${target}: ${FUZZ_RUNS} inputs${FUZZ_SECONDS:+ or ${FUZZ_SECONDS} s}"
  start=$(date +%s)
  cargo +nightly fuzz run "${target}" "fuzz/corpus/${target}" "fuzz/seeds/${target}" -- \
    "${limits[@]}" -dict=fuzz/addresses.dict -print_final_stats=1
  echo "== ${target}: done in $(($(date +%s) - start)) s, no crash"
done
