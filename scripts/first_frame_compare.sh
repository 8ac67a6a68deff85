#!/usr/bin/env bash
# Time to first frame and peak RSS of several window builds, started alternately under
# one Xvfb server (so they share the machine's state), medians printed as a table.
#
#   scripts/first_frame_compare.sh LABEL=BINARY[@LANG] ...
#   RUNS=9 scripts/first_frame_compare.sh bare=target/release/examples/bare_window \
#       before=/tmp/before/amex-desk after=target/release/amex-desk \
#       after-ja=target/release/amex-desk@ja_JP.UTF-8
#
# Each binary must print first_frame_ms= under AMEX_DESK_BENCH_FRAMES (the app and
# examples/bare_window do). LANG defaults to en_GB.UTF-8. Needs xvfb-run and /usr/bin/time.
set -euo pipefail
[ $# -gt 0 ] || { sed -n '2,11p' "$0"; exit 2; }
if [ -z "${FF_INNER:-}" ]; then
  FF_INNER=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
RUNS=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xdotool mousemove 1900 1060 2>/dev/null || true
for i in $(seq 1 "$RUNS"); do
  for spec in "$@"; do
    label=${spec%%=*}; rest=${spec#*=}
    bin=${rest%%@*}; lang=en_GB.UTF-8
    [[ "$rest" == *@* ]] && lang=${rest#*@}
    data="$work/data-$label-$i"; mkdir -p "$data"
    LANG=$lang AMEX_DESK_DATA_DIR="$data" AMEX_DESK_BENCH_FRAMES=3 \
      /usr/bin/time -v "$bin" >"$work/out" 2>"$work/time"
    echo "$label $(sed -n 's/^first_frame_ms=//p' "$work/out") \
$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")" >>"$work/all"
  done
done
python3 - "$work/all" "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if len(line.split()) == 3]
labels = [spec.split("=", 1)[0] for spec in sys.argv[2:]]
base = None
print("| build | first frame (median) | peak RSS (median) |")
print("|---|---|---|")
for label in labels:
    ms = statistics.median(float(r[1]) for r in rows if r[0] == label)
    rss = statistics.median(int(r[2]) / 1024 for r in rows if r[0] == label)
    base = base or (ms, rss)
    print(f"| {label} | {ms:.1f} ms ({ms / base[0]:.2f}x) | {rss:.1f} MiB ({rss / base[1]:.2f}x) |")
PY
