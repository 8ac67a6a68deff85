#!/bin/sh
# Signs a directory update (issue 30; docs/directory-updates.md).
#
#   scripts/sign-directory.sh SECRET_KEY [DIRECTORY_RON] [OUT]
#
# SECRET_KEY is a minisign secret key kept OUTSIDE this repository; its public key must be
# listed in data/keys.ron (with an expiry) in the release that will accept the update.
# DIRECTORY_RON (default data/directory.ron) must pass `amex-desk check-data` and carry a
# `serial:` higher than the directory it replaces. OUT (default
# amex-desk-directory-<serial>.amexdir) is the signature followed by the directory, byte
# for byte: the one file cardholders open with "Update the directory..." or
# `amex-desk directory update FILE`.
#
# A new key pair: minisign -G -p NEW.pub -s NEW.key   (then add NEW.pub's id and key to
# data/keys.ron; keep the old key listed until its expiry so older updates still load).
set -eu
key=${1:?usage: scripts/sign-directory.sh SECRET_KEY [DIRECTORY_RON] [OUT]}
src=${2:-data/directory.ron}
command -v minisign >/dev/null || { echo "minisign is not installed (Debian: apt install minisign)" >&2; exit 2; }
serial=$(sed -n 's/^ *serial: *\([0-9][0-9]*\),.*/\1/p' "$src" | head -n 1)
compiled=$(sed -n 's/^ *compiled_on: *"\([0-9-]*\)",.*/\1/p' "$src" | head -n 1)
[ -n "$serial" ] || { echo "$src has no 'serial: N,' line" >&2; exit 2; }
out=${3:-amex-desk-directory-$serial.amexdir}
amex=${AMEX_DESK:-cargo run --quiet --}
$amex check-data "$src" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
minisign -S -s "$key" -m "$src" -x "$tmp/sig" -t "amex-desk directory update $serial compiled $compiled" </dev/null
cat "$tmp/sig" "$src" > "$out"
echo "Wrote $out (update $serial, compiled $compiled)"
