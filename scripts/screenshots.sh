#!/usr/bin/env bash
# Retakes the README's page pictures from the real window: seeds a scratch data folder
# through the CLI (a few calls, a dispute case, a retention card; dates relative to
# today), then opens each page with --screenshot under Xvfb.
#
#   scripts/screenshots.sh [BINARY]     (default: target/debug/amex-desk)
#
# Needs xvfb-run. Writes assets/{screenshot,journal,prep,disputes,retention}.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/debug/amex-desk}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export AMEX_DESK_DATA_DIR="$data"
day() { date -u -d "$1" +%F; }

# A UK cardholder calling from the UK, light theme.
echo '(version: 1, settings: (filters: (country: Some("GB")), calling_from: "GB", theme: Light))' \
  > "$data/settings.ron"

"$bin" log add --summary "Asked for the annual fee to be refunded; rep checked for offers" \
  --contact gb-customer-relations --rep "Dana" --ref "R-4471" --purpose retention \
  --when "$(day '-9 days') 10:15" --follow-up "$(day '-1 day')" \
  --promise "Callback with a retention offer @ $(day '+2 days')" >/dev/null
"$bin" log add --summary "Reported the card lost; replacement ordered" \
  --contact gb-customer-relations --rep "Sam 2231" --ref "LC-90210" --purpose lost-card \
  --status resolved --when "$(day '-20 days') 18:40" >/dev/null
"$bin" log add --summary "Charged twice by the hotel; told to open a dispute" \
  --contact gb-customer-relations --rep "Priya" --ref "D-5521" --purpose disputes \
  --status waiting-on-amex --when "$(day '-3 days') 09:05" --follow-up "$(day '+5 days')" >/dev/null
case_id=$("$bin" dispute add --type duplicate --merchant "Hotel Miramar" --amount "412,80" \
  --currency EUR --country GB --transaction-date "$(day '-40 days')" \
  --statement-date "$(day '-25 days')" --card Gold --last5 10005 \
  --description "The same night charged twice")
"$bin" retention card --nickname Gold --tier gold --member-since 2015 --fee 325 \
  --statement-closing "$(day '-6 days')" >/dev/null

shot() {
  local out=$1; shift
  xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$@" --screenshot "$out"
  echo "wrote $out"
}
shot assets/screenshot.png
shot assets/journal.png --page journal
shot assets/prep.png --page prep
shot assets/disputes.png --page disputes --open-case "$case_id"
shot assets/retention.png --page retention
