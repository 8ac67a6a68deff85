#!/usr/bin/env python3
"""The project's speed, memory and size budgets, checked (issue 29, item 6).

Reads criterion's results (target/criterion/**/new/estimates.json) and, when given,
the window figures scripts/bench.sh measured (a JSON file), prints one Markdown table
with each figure, its budget and whether it is within, and exits non-zero when one is
over:

    scripts/budgets.py [--window FIGURES.json] [--binary PATH] [--gross] [--only]
    scripts/budgets.py --timings TIMINGS.json --gross   # CI: `amex-desk __timings`

--gross fails only when a figure is over twice its budget (CI: robust to a noisy
machine, still catches a 7x slower directory load). --only checks just the figures
that were measured (a quick run measures a few benchmarks). Without --only, a budgeted
criterion figure that is missing is an error.
"""
import argparse
import json
import pathlib
import sys

MS = 1e6  # nanoseconds per millisecond

# criterion benchmark id -> budget in nanoseconds
CRITERION = {
    "startup/directory_builtin": 1 * MS,
    "startup/directory_1000": 3 * MS,
    "startup/first_frame_cpu/app": 3 * MS,
    "filter_rank/10k/all": 1 * MS,
    "filter_rank/10k/country+tier+purpose": 1 * MS,
    "filter_rank/10k/text": 1 * MS,
    "filter_rank/10k/digits": 1 * MS,
    "ui_frame/shipped": 1 * MS,
    "ui_frame/10k": 2 * MS,
    "journal/save/10k": 25 * MS,
    "journal/load/10k": 50 * MS,
}

# Figures over their budget today: CI's gross check holds them to twice what they measure
# now (not twice the budget, which they would fail) until the work that meets the budget
# lands; a regression beyond that still fails. journal/save/10k: 34.9 ms in criterion
# and 44.5 to 53.0 ms in `__timings` runs on the project's 2-core machine (2026-12-05;
# it writes 6.5 MiB twice with an fsync each, so it follows the disk). The directory
# loads meet their budgets since the prepared directory (0.90 ms and 2.50 ms,
# 2026-12-06), so they are held to twice the budget like every other figure.
GROSS_CEILING = {
    "journal/save/10k": 100.0 * MS,
}

# window figure -> (budget, unit) ; ratios against a baseline of the same run. The
# baseline is the bare eframe window drawing a screenful of plain text (40 labels,
# examples/bare_window.rs with AMEX_DESK_BASELINE_TEXT=1): the app's own cost beside a
# window that draws text at all.
WINDOW = {
    "first_frame_vs_text_ratio": (1.02, "x the text baseline"),
    "rss_vs_text_ratio": (1.15, "x the text baseline"),
}

# Shown, not checked: the ratios against the bare window that draws nothing. Under the
# software renderer every machine here has (Mesa llvmpipe, no GPU), drawing text at all
# costs more than the budgets of 1.10x and 1.15x: the text baseline alone
# measured 1.14x to 1.19x the first frame and 1.20x the peak RSS of the bare window
# (2026-12-06), of which 10.7 MiB are pages of libLLVM that llvmpipe touches to compile
# the shaders of the first textured draw (/proc/PID/smaps, docs/benchmarks.md).
WINDOW_SHOWN = ("first_frame_ratio", "rss_ratio")

BINARY_MIB = 18.0


def criterion_results(root):
    found = {}
    for est in sorted(root.glob("**/new/estimates.json")):
        bench = json.loads((est.parent / "benchmark.json").read_text())
        name = bench.get("full_id") or est.parent.parent.relative_to(root).as_posix()
        found[name] = json.loads(est.read_text())["median"]["point_estimate"]
    return found


def shown_ns(ns):
    return f"{ns / MS:.3f} ms" if ns >= 1e5 else f"{ns / 1e3:.1f} µs"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", help="JSON of the window figures from scripts/bench.sh")
    parser.add_argument("--binary", help="a stripped release binary to weigh")
    parser.add_argument("--gross", action="store_true", help="fail only over twice a budget")
    parser.add_argument("--only", action="store_true", help="check only what was measured")
    parser.add_argument("--criterion", default="target/criterion")
    parser.add_argument(
        "--timings",
        help="JSON from `amex-desk __timings` instead of criterion (checks what it measures)",
    )
    args = parser.parse_args()
    factor = 2.0 if args.gross else 1.0
    over, missing = [], []
    rows = []

    if args.timings:
        results = json.loads(pathlib.Path(args.timings).read_text())
    else:
        results = criterion_results(pathlib.Path(args.criterion))
    for name, budget in CRITERION.items():
        if name not in results:
            if not args.only and not args.timings:
                missing.append(name)
            continue
        ns = results[name]
        limit_ns = GROSS_CEILING.get(name, budget * factor) if args.gross else budget
        ok = ns <= limit_ns
        shown_budget = f"<= {shown_ns(budget)}"
        if args.gross and name in GROSS_CEILING:
            shown_budget += f" (over today: gross ceiling {shown_ns(limit_ns)})"
        rows.append((name, shown_ns(ns), shown_budget, ok))
        if not ok:
            over.append(name)

    # The other benchmarks (baselines measured in the same run, diagnostics): shown,
    # not checked.
    for name, ns in results.items():
        if name not in CRITERION:
            rows.append((name, shown_ns(ns), "", None))

    if args.window:
        figures = json.loads(pathlib.Path(args.window).read_text())
        for name, (budget, unit) in WINDOW.items():
            if name not in figures:
                missing.append(name)
                continue
            value = figures[name]
            ok = value <= budget * factor
            rows.append((name, f"{value:.2f}", f"<= {budget:.2f}{unit}", ok))
            if not ok:
                over.append(name)
        for name in WINDOW_SHOWN:
            if name in figures:
                rows.append((name, f"{figures[name]:.2f}", "shown, not checked", None))

    if args.binary:
        mib = pathlib.Path(args.binary).stat().st_size / 1048576
        ok = mib <= BINARY_MIB * factor
        rows.append(("stripped binary", f"{mib:.2f} MiB", f"<= {BINARY_MIB:.0f} MiB", ok))
        if not ok:
            over.append("stripped binary")

    limit = "twice the budget (gross check)" if args.gross else "the budget"
    print(f"| figure | measured | budget | within {limit} |")
    print("|---|---|---|---|")
    for name, value, budget, ok in rows:
        verdict = "" if ok is None else ("yes" if ok else "**NO**")
        print(f"| {name} | {value} | {budget} | {verdict} |")
    for name in missing:
        print(f"budgets: {name} was not measured", file=sys.stderr)
    for name in over:
        print(f"budgets: {name} is over {limit}", file=sys.stderr)
    return 1 if over or missing else 0


if __name__ == "__main__":
    sys.exit(main())
