#!/usr/bin/env bash
# Linux: the .deb (cargo-deb; contents and Depends in Cargo.toml's
# [package.metadata.deb]) from the release binary already in target/release.
#
#   scripts/package_deb.sh [OUTDIR]      Needs: cargo install cargo-deb --locked
#
# Prints the package's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
mkdir -p "$out"
test -x target/release/amex-desk || { echo "build target/release/amex-desk first" >&2; exit 1; }
# --no-build: package the binary CI built and tested instead of building it again.
cargo deb --locked --no-build --output "$out" >&2
ls "$out"/amex-desk_*.deb | tail -1
