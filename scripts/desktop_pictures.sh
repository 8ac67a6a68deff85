#!/usr/bin/env bash
# Retakes the README's two desktop pictures from the real window under Xvfb:
#   assets/notification.png  a reminder as the notification service (dunst) shows it
#   assets/save-as.png       Save as for the calendar export, shown by zenity
#
#   scripts/desktop_pictures.sh [BINARY]     (default: target/release/amex-desk)
#
# Needs Xvfb, dbus-run-session, dunst, zenity, xdotool and ImageMagick (Debian:
# xvfb dbus dunst zenity xdotool imagemagick). The click on "Export calendar (.ics)"
# is at its place in a 1000x640 window; move it if the Journal page's layout changes.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/amex-desk}")
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export AMEX_DESK_DATA_DIR="$work/data"
mkdir -p -m 700 "$AMEX_DESK_DATA_DIR"
echo '(version: 1, settings: (filters: (country: Some("GB")), calling_from: "GB", theme: Light))' \
  > "$AMEX_DESK_DATA_DIR/settings.ron"
day() { date -d "$1" +%F; }
"$bin" log add --summary "Asked for the annual fee to be refunded" --contact gb-customer-relations \
  --rep Dana --ref 4471 --purpose retention --when "$(day '-5 days') 10:15" \
  --promise "callback @ $(day today)" >/dev/null
"$bin" log add --summary "Charged twice by the hotel" --contact gb-customer-relations \
  --rep Priya --ref D-5521 --purpose disputes --when "$(day '-12 days') 09:05" \
  --follow-up "$(day '-2 days')" >/dev/null

display=:$((RANDOM % 400 + 100))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
sleep 1
export DISPLAY=$display

# 1. The reminder: dunst on a private session bus; the window notifies at start.
dbus-run-session -- bash -c "
  dunst >/dev/null 2>&1 &
  sleep 1
  xdotool mousemove 1270 790
  '$bin' --window-size 1000x640 >/dev/null 2>&1 &
  sleep 7
  import -window root '$work/notification.png'
  kill %2 %1
" 2>/dev/null
convert "$work/notification.png" -crop 1280x300+0+0 +repage assets/notification.png
echo "wrote assets/notification.png"

# 2. Save as: no portal on this bus-less display, so rfd uses zenity. A folder with one
# plain call, so nothing due moves the export buttons.
export AMEX_DESK_DATA_DIR="$work/data2"
mkdir -p -m 700 "$AMEX_DESK_DATA_DIR"
cp "$work/data/settings.ron" "$AMEX_DESK_DATA_DIR/"
"$bin" log add --summary "Asked for the annual fee to be refunded" --contact gb-customer-relations \
  --rep Dana --ref 4471 --purpose retention --when "$(day '-5 days') 10:15" >/dev/null
"$bin" --window-size 1000x640 --page journal >/dev/null 2>&1 &
app=$!
sleep 4
xdotool mousemove 75 283 click 1
sleep 4
import -window root "$work/save-as.png"
xdotool key Escape
kill "$app"
convert "$work/save-as.png" -crop 1100x800+0+0 +repage -resize 80% assets/save-as.png
echo "wrote assets/save-as.png"
