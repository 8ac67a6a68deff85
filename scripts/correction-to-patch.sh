#!/bin/sh
# Turns a cardholder's correction report into a patch of data/directory.ron (issue 30;
# docs/directory-updates.md), printed as a unified diff:
#
#   scripts/correction-to-patch.sh REPORT [DATA_FILE] > correction.diff
#
# The patch puts the report above the line as a comment and, for a wrong number, changes
# the line's value. A report is a lead, not evidence: `amex-desk check-data` refuses the
# patched file until a page that prints the new number is cited for the line.
set -eu
report=${1:?usage: scripts/correction-to-patch.sh REPORT [DATA_FILE]}
data=${2:-data/directory.ron}
amex=${AMEX_DESK:-cargo run --quiet --}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
$amex directory patch "$report" --data "$data" > "$tmp"
diff -u --label "$data" --label "$data" "$data" "$tmp" || [ $? -eq 1 ]
