#!/usr/bin/env bash
# Measures Amex Desk against a bare eframe window (examples/bare_window.rs, same
# renderer and features), empty and drawing a screenful of text, in the same run, under Xvfb, and prints one Markdown table:
# time to first frame, peak RSS, idle frames, stripped binary sizes, criterion medians.
#
#   scripts/bench.sh            # 5 alternating runs each (RUNS=9 scripts/bench.sh for more)
#   scripts/bench.sh --check    # the same, then exits non-zero when a figure is over its
#                               # budget (the budgets live in scripts/budgets.py)
#   QUICK=1 scripts/bench.sh    # 1 run each and criterion in quick mode (smoke test)
set -euo pipefail
CHECK=""
for arg in "$@"; do
  case "$arg" in
    --check) CHECK=1 ;;
    *) echo "usage: scripts/bench.sh [--check]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
IDLE_SECS=${IDLE_SECS:-5}
[ -n "${QUICK:-}" ] && RUNS=1

if [ -z "${AMEX_DESK_BENCH_INNER:-}" ]; then
  missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  command -v xdotool >/dev/null || missing+=(xdotool)
  [ -x /usr/bin/time ] || missing+=(time)
  command -v python3 >/dev/null || missing+=(python3)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  echo "building release binaries…" >&2
  cargo build --release --locked --quiet --bin amex-desk --example bare_window
  # One Xvfb server for every run, larger than the window, so the pointer can rest
  # outside it (a pointer over a widget would show a tooltip: that is input, not idle).
  AMEX_DESK_BENCH_INNER=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

APP=target/release/amex-desk
BASE=target/release/examples/bare_window
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/xdg"
xdotool mousemove 1900 1060 || true

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {print (a[NR/2]+a[NR/2+1])/2}}'; }

run_once() { # bin kind -> appends to $work/<kind>.{ms,rss,idle}
  local bin=$1 kind=$2
  local data="$work/data-$kind-$RANDOM" text=""
  mkdir -p "$data"
  [ "$kind" = basetext ] && text=1
  AMEX_DESK_BASELINE_TEXT=$text AMEX_DESK_DATA_DIR="$data" AMEX_DESK_BENCH_FRAMES=3 \
    /usr/bin/time -v "$bin" >"$work/out" 2>"$work/time"
  sed -n 's/^first_frame_ms=//p' "$work/out" >>"$work/$kind.ms"
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time" >>"$work/$kind.rss"
  [ "$kind" = basetext ] && return
  AMEX_DESK_DATA_DIR="$data" AMEX_DESK_BENCH_IDLE_SECS=$IDLE_SECS "$bin" >"$work/out" 2>/dev/null
  sed -n 's/^idle_frames=//p' "$work/out" >>"$work/$kind.idle"
}

for i in $(seq "$RUNS"); do
  echo "run $i/$RUNS" >&2
  run_once "$BASE" base
  run_once "$APP" app
  run_once "$BASE" basetext
done

ms_app=$(median <"$work/app.ms"); ms_base=$(median <"$work/base.ms")
rss_app=$(median <"$work/app.rss"); rss_base=$(median <"$work/base.rss")
idle_app=$(median <"$work/app.idle"); idle_base=$(median <"$work/base.idle")
ms_text=$(median <"$work/basetext.ms"); rss_text=$(median <"$work/basetext.rss")
cp "$APP" "$work/app.bin"; cp "$BASE" "$work/base.bin"
strip "$work/app.bin" "$work/base.bin"
size_app=$(stat -c %s "$work/app.bin"); size_base=$(stat -c %s "$work/base.bin")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "running criterion benches…" >&2
# Only this run's results make the table: a benchmark renamed or removed since an
# earlier run would otherwise still be read from target/criterion.
rm -rf target/criterion
if [ -n "${QUICK:-}" ]; then
  for b in directory journal; do
    cargo bench --locked --quiet --bench "$b" -- --warm-up-time 0.2 --measurement-time 0.5 --sample-size 10 >/dev/null 2>&1
  done
else
  for b in directory journal; do
    cargo bench --locked --quiet --bench "$b" >/dev/null 2>&1
  done
fi

echo
echo "Amex Desk vs bare eframe window — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), medians of $RUNS runs under Xvfb"
echo
echo "| measure | app | baseline | ratio | target |"
echo "|---|---|---|---|---|"
mib() { awk -v k="$1" 'BEGIN{printf "%.1f", k/1024}'; }
echo "| time to first frame (ms), against the text baseline | $ms_app | $ms_text | $(ratio "$ms_app" "$ms_text") | <= 1.02x |"
echo "| peak RSS (MiB), against the text baseline | $(mib "$rss_app") | $(mib "$rss_text") | $(ratio "$rss_app" "$rss_text") | <= 1.15x |"
echo "| time to first frame (ms), against the bare window | $ms_app | $ms_base | $(ratio "$ms_app" "$ms_base") | shown (the text baseline: $(ratio "$ms_text" "$ms_base")) |"
echo "| peak RSS (MiB), against the bare window | $(mib "$rss_app") | $(mib "$rss_base") | $(ratio "$rss_app" "$rss_base") | shown (the text baseline: $(ratio "$rss_text" "$rss_base")) |"
echo "| frames painted in ${IDLE_SECS} idle s | $idle_app | $idle_base | | 0 or 1 |"
echo "| stripped binary (MiB) | $(awk -v b="$size_app" 'BEGIN{printf "%.2f", b/1048576}') | $(awk -v b="$size_base" 'BEGIN{printf "%.2f", b/1048576}') | $(ratio "$size_app" "$size_base") | <= 18 MiB |"
echo
python3 - "$ms_app" "$ms_base" "$ms_text" "$rss_app" "$rss_base" "$rss_text" >"$work/window.json" <<'PY'
import json, sys
ms_app, ms_base, ms_text, rss_app, rss_base, rss_text = (float(x) for x in sys.argv[1:])
print(json.dumps({
    "first_frame_ratio": ms_app / ms_base,
    "first_frame_vs_text_ratio": ms_app / ms_text,
    "rss_ratio": rss_app / rss_base,
    "rss_vs_text_ratio": rss_app / rss_text,
}))
PY
echo
echo "Budgets (scripts/budgets.py):"
echo
status=0
python3 scripts/budgets.py --window "$work/window.json" --binary "$work/app.bin" || status=$?
if [ -n "$CHECK" ] && [ "$status" -ne 0 ]; then
  echo "over budget (see above)" >&2
  exit "$status"
fi
