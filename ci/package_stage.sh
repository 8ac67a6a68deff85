#!/usr/bin/env bash
# CI packaging stage (called by .ci/run; runs alone too): builds the .deb and the
# Windows installer and tries them the way a user installs them, checks macOS, and
# tests the icons and the .app bundle script. Installs what it needs (Debian 12, root).
#
# Expects target/release/amex-desk (the release binary .ci/run built; built here if
# missing). The Windows .exe is built with the dist-ci profile (thin LTO) to fit the CI
# time budget; AMEX_DESK_WIN_PROFILE=release tries the shipped profile instead.
#
#   ci/package_stage.sh [PARTS]   PARTS: any of tools,tests,macos,linux,windows (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never

started=$SECONDS
last=$SECONDS
step() {
  printf '\n==> [stage %ds; previous step %ds] %s\n' "$((SECONDS - started))" "$((SECONDS - last))" "$*"
  last=$SECONDS
}
fail() { echo "package stage: $*" >&2; exit 1; }

scratch=$(mktemp -d)
wine_started=
cleanup() {
  if [ -n "$wine_started" ]; then wineserver -k 2>/dev/null || true; fi
  if dpkg -s amex-desk >/dev/null 2>&1; then apt-get remove --purge -y -qq amex-desk >/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
parts=",${1:-tools,tests,macos,linux,windows},"
want() { [[ $parts == *",$1,"* ]]; }
dist="$scratch/dist"
mkdir -p "$dist"
# Plain runs of the binaries keep their data here, never in the CI user's home.
export AMEX_DESK_DATA_DIR="$scratch/data"
mkdir -p "$AMEX_DESK_DATA_DIR"

if want tools; then
step "packaging tools: mingw-w64, NSIS, Wine, desktop-file-utils, AppStream, cargo-deb, Rust targets"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64 nsis wine wine64 \
  desktop-file-utils appstream xvfb xauth poppler-utils binutils >/dev/null
rustup target add x86_64-pc-windows-gnu aarch64-apple-darwin x86_64-apple-darwin
# A debug build of the tool: it only lays out files and runs in a second either way,
# and it compiles in a fraction of the release build's five minutes on two cores.
command -v cargo-deb >/dev/null || cargo install --locked --debug cargo-deb
fi

if want tests; then
step "icons, ICO and ICNS, and the macOS .app bundle script (ci/test_packaging.py)"
python3 ci/test_packaging.py
fi

if want macos; then
step "macOS: cargo check for Apple silicon and Intel Macs"
scripts/check_macos.sh
fi

if want linux; then
step "Linux: the .deb from the release binary (cargo deb --no-build)"
test -x target/release/amex-desk || cargo build --locked --release --bin amex-desk
deb=$(scripts/package_deb.sh "$dist")
dpkg-deb -I "$deb"
dpkg-deb -c "$deb"
root="$scratch/deb-root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/amex-desk usr/share/applications/amex-desk.desktop \
  usr/share/metainfo/io.github.amex_desk.AmexDesk.metainfo.xml \
  usr/share/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/amex-desk.png \
  usr/share/doc/amex-desk/copyright; do
  test -s "$root/$f" || fail "the .deb lacks /$f"
done
desktop-file-validate "$root/usr/share/applications/amex-desk.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.amex_desk.AmexDesk.metainfo.xml"

step "Linux: apt-get install ./the.deb, run from /usr/bin, Depends cover what the window loads"
apt-get install -y -qq "$(realpath "$deb")" >/dev/null
/usr/bin/amex-desk --version
/usr/bin/amex-desk find --country GB --from GB --json > "$scratch/find-linux.json"
python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); gb=[r for r in rows if r["country"]=="GB"]; assert gb and all(r["country"] in ("GB","worldwide") for r in rows); print(len(gb), "GB lines,", len(rows)-len(gb), "worldwide")' \
  "$scratch/find-linux.json"
# Libraries the binary names for dlopen (dpkg-shlibdeps cannot see them) must each come
# from a package in Depends; now that apt installed Depends, every one must resolve.
depends=$(dpkg-deb -f "$deb" Depends | tr ',|' '\n\n' | sed 's/(.*//; s/[[:space:]]//g' | sort -u)
for so in $(python3 ci/dlopen_names.py /usr/bin/amex-desk); do
  # awk reads to the end (no early exit): under pipefail, ldconfig killed by SIGPIPE
  # would fail the step (exit 141) whenever the match came early in its output.
  path=$(ldconfig -p | awk -v s="$so" '$1 == s && /x86-64/ && !found { print $NF; found = 1 }')
  test -n "$path" || fail "$so (loaded at run time) is not installed after apt-get install"
  real=$(realpath "$path")
  pkg=$(dpkg -S "$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null || dpkg -S "$path" 2>/dev/null) \
    || fail "no package owns $real ($so)"
  pkg=${pkg%%:*}
  grep -qx "$pkg" <<<"$depends" || fail "$so comes from $pkg, which Depends does not list"
  echo "$so <- $pkg (in Depends)"
done

step "Linux: the installed binary paints and screenshots itself under Xvfb"
AMEX_DESK_BIN=/usr/bin/amex-desk xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --locked --test real_window -- --ignored the_window_paints_the_ui_and_screenshots_itself

step "Linux: the package removes cleanly"
installed=$(dpkg -L amex-desk)
apt-get remove --purge -y -qq amex-desk >/dev/null
while read -r f; do
  if [ -f "$f" ] || [ -L "$f" ]; then fail "$f is still there after removal"; fi
done <<<"$installed"
! dpkg -s amex-desk >/dev/null 2>&1 || fail "dpkg still lists amex-desk"
echo "removed: no file of the package is left"
fi

if want windows; then
step "Windows: amex-desk.exe (profile ${AMEX_DESK_WIN_PROFILE:-dist-ci}) and the NSIS installer"
profile=${AMEX_DESK_WIN_PROFILE:-dist-ci}
installer=$(scripts/package_windows.sh "$profile" "$dist")
exe="target/x86_64-pc-windows-gnu/$profile/amex-desk.exe"
grep -q 'Subsystem.*(Windows GUI)' <<<"$(x86_64-w64-mingw32-objdump -p "$exe")" \
  || fail "$exe is not a GUI-subsystem program (a console window would open)"
python3 - "$exe" <<'PY'
import sys, tomllib
data = open(sys.argv[1], "rb").read()
version = tomllib.load(open("Cargo.toml", "rb"))["package"]["version"]
for key, value in [("ProductName", "Amex Desk"), ("FileVersion", version),
                   ("OriginalFilename", "amex-desk.exe")]:
    pair = (key + "\0").encode("utf-16-le")
    assert pair in data and value.encode("utf-16-le") in data, f"no {key} {value} resource"
assert b"\x89PNG" in data, "no icon resource"
print(f"version information ({version}) and icon are in the .exe")
PY
ls -l "$exe" "$installer"

step "Windows: silent install under Wine, find/verify/print, roaming AppData, screenshot, uninstall"
export WINEPREFIX="$scratch/wine" WINEDEBUG=-all WINEDLLOVERRIDES="bcryptprimitives=n,b"
wine=/usr/lib/wine/wine64
wine_started=1
"$wine" wineboot -i >/dev/null 2>&1
"$wine" "$(realpath "$installer")" /S /CurrentUser
wineserver -w
user_dir="$WINEPREFIX/drive_c/users/$(id -un)"
inst="$user_dir/AppData/Local/Programs/Amex Desk"
test "$(ls "$inst" | tr '\n' ' ')" = "LICENSE.txt amex-desk.exe uninstall.exe " \
  || fail "unexpected install folder: $(ls "$inst")"
test -f "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Amex Desk.lnk" \
  || fail "no Start-menu entry"
"$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\AmexDesk' | tr -d '\r'
# The test-only shim (ci/wine-shim) goes beside the installed .exe for these runs only.
ci/wine-shim/build.sh "$scratch/shim"
cp "$scratch/shim/bcryptprimitives.dll" "$inst/"
win_exe="$inst/amex-desk.exe"
"$wine" "$win_exe" --version
"$wine" "$win_exe" find --country GB --from GB --json > "$scratch/find-wine.json"
# The Linux build's answer (the installed .deb's, else the binary cargo built).
if [ ! -s "$scratch/find-linux.json" ]; then
  linux_bin=target/release/amex-desk
  test -x "$linux_bin" || linux_bin=target/debug/amex-desk
  "$linux_bin" find --country GB --from GB --json > "$scratch/find-linux.json"
fi
cmp "$scratch/find-linux.json" "$scratch/find-wine.json" || fail "find --json differs between Linux and Windows"
echo "find --country GB --json: the Windows build prints what the Linux build prints"
"$wine" "$win_exe" find --country GB --from GB > "$scratch/find-wine.txt"
head -4 "$scratch/find-wine.txt"
"$wine" "$win_exe" verify https://www.americanexpress.com/
if "$wine" "$win_exe" verify https://amex-refund-desk.example/ >/dev/null; then
  fail "verify accepted a look-alike domain"
fi
"$wine" "$win_exe" print checklist --type not-received -o "$scratch/win.pdf"
pdftotext "$scratch/win.pdf" "$scratch/win.txt"
python3 - "$scratch/win.txt" <<'PY'
import re, sys
text = " ".join(open(sys.argv[1]).read().split())
data = open("data/disputes.ron").read()
block = data[data.index('slug: "not-received"'):]
block = block[:block.index("slug:", 10)]
titles = re.findall(r'title: "([^"]+)"', block)
missing = [t for t in titles if t not in text]
assert titles and not missing, f"missing from the PDF: {missing}"
print(f"the Windows build's PDF reads back: all {len(titles)} not-received items")
PY
# With no data-folder override the journal goes to roaming AppData (%APPDATA%).
env -u AMEX_DESK_DATA_DIR "$wine" "$win_exe" log add --summary "CI: where does data go"
test -s "$user_dir/AppData/Roaming/amex-desk/data/journal.ron" \
  || fail "the journal is not in %APPDATA%\\amex-desk\\data"
echo "data folder: %APPDATA%\\amex-desk\\data\\journal.ron"
# The window under Xvfb, through the same real-window test as the Linux binary. The
# Wine server is restarted inside the X server's environment.
wineserver -k || true
printf '#!/bin/sh\nexec %s %q "$@"\n' "$wine" "$win_exe" > "$scratch/amex-desk-wine"
chmod +x "$scratch/amex-desk-wine"
AMEX_DESK_BIN="$scratch/amex-desk-wine" xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --locked --test real_window -- --ignored the_window_paints_the_ui_and_screenshots_itself
wineserver -w
rm "$inst/bcryptprimitives.dll"
"$wine" "$inst/uninstall.exe" /CurrentUser /S
wineserver -w
test ! -e "$inst" || fail "the install folder is still there after uninstalling: $(ls "$inst")"
test ! -e "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Amex Desk.lnk" \
  || fail "the Start-menu entry is still there"
if "$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\AmexDesk' >/dev/null 2>&1; then
  fail "the uninstall entry is still in the registry"
fi
test -s "$user_dir/AppData/Roaming/amex-desk/data/journal.ron" || fail "uninstalling removed the user's data"
echo "uninstalled: program, Start-menu entry and registry entry gone; the user's data kept"
fi

step "packaging stage passed"
ls -l "$dist"
