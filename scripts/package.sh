#!/usr/bin/env bash
# Builds every artifact into dist/, with SHA256SUMS:
#   amex-desk_VERSION-1_amd64.deb            Linux package (cargo-deb)
#   amex-desk-VERSION-windows-x64-setup.exe  Windows installer (mingw-w64 + NSIS)
#   macos-check.txt                          macOS: the cargo check result for both Macs
# Everything is the shipped release profile (fat LTO). Installs nothing; on Debian 12:
#   apt-get install gcc-mingw-w64-x86-64 nsis
#   rustup target add x86_64-pc-windows-gnu aarch64-apple-darwin x86_64-apple-darwin
#   cargo install cargo-deb --locked
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_INCREMENTAL=0
started=$SECONDS
step() { printf '\n==> [%ds] %s\n' "$((SECONDS - started))" "$*" >&2; }

for tool in cargo-deb makensis x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see the header of $0)" >&2; exit 1; }
done
rm -rf dist
mkdir -p dist

step "Linux release binary"
cargo build --locked --release --bin amex-desk
step "Linux .deb"
scripts/package_deb.sh dist
step "Windows release .exe and installer"
scripts/package_windows.sh release dist
step "macOS check"
scripts/check_macos.sh dist/macos-check.txt

(cd dist && sha256sum -- *.deb *.exe macos-check.txt > SHA256SUMS)
step "done"
ls -l dist >&2
cat dist/SHA256SUMS
