#!/usr/bin/env bash
# Every control of the window is named for a screen reader, in every language (issue 28):
# starts an AT-SPI bus in a private D-Bus session, turns accessibility on, opens the app in
# each language and walks its tree with scripts/atspi_names.py.
#
#   xvfb-run -a scripts/atspi_check.sh [path/to/amex-desk]
#
# Needs Debian's at-spi2-core and python3-pyatspi (.ci/run installs them).
set -euo pipefail
bin=${1:-target/release/amex-desk}
here=$(cd "$(dirname "$0")" && pwd)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export AMEX_DESK_DATA_DIR="$data"
dbus-run-session -- bash -euo pipefail -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  launcher=$!
  for _ in $(seq 50); do
    busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true 2>/dev/null && break
    sleep 0.2
  done
  status=0
  for lang in en es fr de ja; do
    "$0" --lang "$lang" --window-size 1280x800 >/dev/null 2>&1 &
    app=$!
    /usr/bin/python3 "$1/atspi_names.py" "$lang" || status=1
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  done
  kill "$launcher" 2>/dev/null || true
  exit $status
' "$bin" "$here"
