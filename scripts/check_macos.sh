#!/usr/bin/env bash
# macOS: type-checks the app for both Mac architectures (no Apple linker or SDK here,
# so nothing is linked; see docs/packaging.md). Writes the result to $1 if given.
#
#   scripts/check_macos.sh [RESULT_FILE]   Needs: rustup target add aarch64-apple-darwin x86_64-apple-darwin
set -euo pipefail
cd "$(dirname "$0")/.."
result=${1:-/dev/null}
: > "$result"
for target in aarch64-apple-darwin x86_64-apple-darwin; do
  cargo check --locked --target "$target" --bin amex-desk >&2
  echo "cargo check --target $target: ok ($(rustc --version))" | tee -a "$result" >&2
done
