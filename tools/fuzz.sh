#!/usr/bin/env bash
# Fuzzes the domain with cargo-fuzz (libFuzzer) on nightly: each target for FUZZ_SECONDS seconds
# (default 60). Usage: tools/fuzz.sh [target...]; with no target, every target in fuzz/.
# New inputs go to fuzz/corpus/<target>, crashes to fuzz/artifacts/<target> (both git-ignored);
# fuzz/seeds/<target> holds the committed starting inputs.
set -euo pipefail

CARGO_FUZZ_VERSION=0.13.2
cd "$(dirname "$0")/.."

if ! cargo fuzz --version 2>/dev/null | grep -qF " ${CARGO_FUZZ_VERSION}"; then
  cargo install cargo-fuzz --version "=${CARGO_FUZZ_VERSION}" --locked
fi

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/${target}"
  echo "== fuzzing ${target} for ${FUZZ_SECONDS:-60} s"
  cargo +nightly fuzz run "${target}" "fuzz/corpus/${target}" "fuzz/seeds/${target}" -- \
    -max_total_time="${FUZZ_SECONDS:-60}" -dict=fuzz/addresses.dict
done
