#!/usr/bin/env bash
# Windows: cross-builds amex-desk.exe with mingw-w64 (icon and version information from
# build.rs) and wraps it in the NSIS installer (packaging/windows/installer.nsi).
#
#   scripts/package_windows.sh [PROFILE [OUTDIR]]   PROFILE: release (default) or dist-ci
#
# Needs: rustup target x86_64-pc-windows-gnu, gcc-mingw-w64-x86-64, nsis.
# Prints the installer's path last.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-release}
out=${2:-dist}
target=x86_64-pc-windows-gnu
version=$(awk -F'"' '/^version = "/ { print $2; exit }' Cargo.toml)
mkdir -p "$out"
out=$(cd "$out" && pwd)

cargo build --locked --target "$target" --profile "$profile" --bin amex-desk >&2
exe="target/$target/$profile/amex-desk.exe"

# The licence page and LICENSE.txt: both licence texts, with Windows line ends.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  printf 'Amex Desk is licensed under either of the MIT licence or the Apache License,\n'
  printf 'Version 2.0, at your option.\n\n'
  cat LICENSE-MIT
  printf '\n\n'
  cat LICENSE-APACHE
} | sed 's/$/\r/' > "$work/LICENSE.txt"

installer="$out/amex-desk-$version-windows-x64-setup.exe"
makensis -V2 -WX \
  -DVERSION="$version" -DEXE="$PWD/$exe" -DLICENSE="$work/LICENSE.txt" \
  -DICON="$PWD/packaging/icons/amex-desk.ico" -DOUTFILE="$installer" \
  packaging/windows/installer.nsi >&2
echo "$installer"
