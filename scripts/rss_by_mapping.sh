#!/usr/bin/env bash
# Where a window's resident memory lives, by mapping (heap, anonymous, each library and
# the program itself), three seconds after it starts: run under a display, e.g.
#
#   xvfb-run -a -s "-screen 0 1920x1080x24" scripts/rss_by_mapping.sh target/release/amex-desk
#   xvfb-run -a -s "-screen 0 1920x1080x24" scripts/rss_by_mapping.sh \
#       env AMEX_DESK_BASELINE_TEXT=1 target/release/examples/bare_window
#
# The window gets a fresh data folder and is closed afterwards. Linux only (/proc).
set -euo pipefail
[ $# -gt 0 ] || { sed -n '2,9p' "$0"; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
env AMEX_DESK_DATA_DIR="$data" LANG=en_GB.UTF-8 "$@" >/dev/null 2>&1 &
pid=$!
sleep "${SETTLE_SECS:-3}"
python3 - "$pid" <<'PY'
import collections, re, sys
pid = sys.argv[1]
rss = collections.Counter()
name = None
for line in open(f"/proc/{pid}/smaps"):
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        parts = line.split()
        name = parts[5].split("/")[-1] if len(parts) > 5 else "[anonymous]"
    elif line.startswith("Rss:"):
        rss[name] += int(line.split()[1])
print(f"total {sum(rss.values()) / 1024:.1f} MiB")
for name, kib in rss.most_common(12):
    print(f"  {kib / 1024:7.1f} MiB  {name}")
PY
kill "$pid"
wait "$pid" 2>/dev/null || true
