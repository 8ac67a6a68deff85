#!/usr/bin/env bash
# Measures Amex Desk against a bare eframe window (examples/bare_window.rs, same
# renderer and features) in the same run, under Xvfb, and prints one Markdown table:
# time to first frame, peak RSS, idle frames, stripped binary sizes, criterion medians.
#
#   scripts/bench.sh            # 5 alternating runs each (RUNS=9 scripts/bench.sh for more)
#   QUICK=1 scripts/bench.sh    # 1 run each and criterion in quick mode (smoke test)
set -euo pipefail
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
echo "| time to first frame (ms) | $ms_app | $ms_base | $(ratio "$ms_app" "$ms_base") | <= 1.15x |"
echo "| peak RSS (MiB) | $(awk -v k="$rss_app" 'BEGIN{printf "%.1f", k/1024}') | $(awk -v k="$rss_base" 'BEGIN{printf "%.1f", k/1024}') | $(ratio "$rss_app" "$rss_base") | <= 1.15x |"
echo "| frames painted in ${IDLE_SECS} idle s | $idle_app | $idle_base | | 0 or 1 |"
echo "| diagnostic: baseline drawing a screenful of plain text — first frame (ms), RSS (MiB) | $ms_app, $(awk -v k="$rss_app" 'BEGIN{printf "%.1f", k/1024}') | $ms_text, $(awk -v k="$rss_text" 'BEGIN{printf "%.1f", k/1024}') | $(ratio "$ms_app" "$ms_text"), $(ratio "$rss_app" "$rss_text") | |"
echo "| stripped binary (MiB) | $(awk -v b="$size_app" 'BEGIN{printf "%.2f", b/1048576}') | $(awk -v b="$size_base" 'BEGIN{printf "%.2f", b/1048576}') | $(ratio "$size_app" "$size_base") | <= 1.2x |"
echo
echo "| criterion benchmark (median) | time | target |"
echo "|---|---|---|"
python3 - <<'PY'
import json, pathlib
targets = {"ui_frame/shipped": "<= 1 ms", "ui_frame/10k": "<= 2 ms", "filter_rank/10k/all": "< 1 ms",
           "filter_rank/10k/country+tier+purpose": "< 1 ms",
           "journal/save/10k": "< 50 ms", "journal/load/10k": "< 50 ms"}
root = pathlib.Path("target/criterion")
for est in sorted(root.glob("**/new/estimates.json")):
    bench = json.loads((est.parent / "benchmark.json").read_text())
    name = bench.get("full_id") or est.parent.parent.relative_to(root).as_posix()
    ns = json.loads(est.read_text())["median"]["point_estimate"]
    shown = f"{ns/1e6:.3f} ms" if ns >= 1e5 else f"{ns/1e3:.1f} µs"
    print(f"| {name} | {shown} | {targets.get(name, '')} |")
PY
