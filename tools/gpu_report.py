#!/usr/bin/env python3
"""Turn scripts/gpu-report.sh's output folder into report.md (printed to stdout).

Usage: python3 tools/gpu_report.py OUT

Reads OUT/devices.txt, OUT/check.jsonl (wgtrain check --json), OUT/check-lanes.jsonl (the
same with --lane-order 3 for the workgroup-memory families) and OUT/bench.jsonl (wgtrain bench
--json --variants). Standard library only.
"""
import json
import os
import sys
from collections import OrderedDict


def lines(path):
    if not os.path.exists(path):
        return []
    out = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
    return out


def num(v, digits=1):
    return "-" if v is None else f"{v:,.{digits}f}"


def main(out):
    devices = open(os.path.join(out, "devices.txt")).read().strip() \
        if os.path.exists(os.path.join(out, "devices.txt")) else "(missing)"
    checks = lines(os.path.join(out, "check.jsonl"))
    bench = lines(os.path.join(out, "bench.jsonl"))
    p = print
    p("# wgtrain GPU report\n")
    p("## Adapters\n")
    p("```\n" + devices + "\n```\n")

    p("## Kernels against their CPU twins (every runnable variant forced)\n")
    rows = [c for c in checks if "pass" in c]
    not_run = OrderedDict((c["kernel"], c["not_run"]) for c in checks if "not_run" in c)
    fams = OrderedDict()
    for c in rows:
        fam = fams.setdefault(c["kernel"], [0, 0, 0.0])
        fam[0 if c["pass"] else 1] += 1
        if c["bound"] > 0:
            fam[2] = max(fam[2], c["scaled_err"] / c["bound"])
    failed = [c for c in rows if not c["pass"]]
    p(f"{len(rows) - len(failed)} comparisons passed, **{len(failed)} failed**.\n")
    p("| kernel / variant | passed | failed | worst error / bound |")
    p("|---|---:|---:|---:|")
    for k, (ok, bad, worst) in fams.items():
        p(f"| {k} | {ok} | {'**%d**' % bad if bad else 0} | {worst:.3f} |")
    if failed:
        p("\n### Failures\n")
        p("| kernel | shape | scaled err | bound | max abs err |")
        p("|---|---|---:|---:|---:|")
        for c in failed:
            p(f"| {c['kernel']} | {c['shape']} | {c['scaled_err']:.3e} | {c['bound']:.3e} | {c['max_abs_err']:.3e} |")
    if not_run:
        p("\n### Variants this adapter cannot run\n")
        p("| variant | why |")
        p("|---|---|")
        for k, why in not_run.items():
            p(f"| {k} | {why} |")

    lanes = [c for c in lines(os.path.join(out, "check-lanes.jsonl")) if "pass" in c]
    if lanes:
        bad = [c for c in lanes if not c["pass"]]
        p("\n### With the invocations renumbered (`check --lane-order 3`)\n")
        p("The kernels that share workgroup memory, run with each workgroup's invocations "
          "spread and reversed: results must not move. "
          f"{len(lanes) - len(bad)} comparisons passed, **{len(bad)} failed**.\n")
        for c in bad:
            p(f"- {c['kernel']} {c['shape']}: scaled err {c['scaled_err']:.3e}, bound {c['bound']:.3e}")

    p("\n## Throughput (median of timed iterations; `*` = the variant auto ran)\n")
    log = os.path.join(out, "bench.log")
    stopped = [l.strip() for l in open(log) if l.startswith("bench stopped after")] \
        if os.path.exists(log) else []
    if stopped:
        p(f"**{stopped[0]}**: the workloads after the last row below were not timed.\n")
    peaks = {r["workload"]: r for r in bench if r["workload"].startswith("peak_") and r.get("variant") == "auto"}
    if "peak_fma" in peaks:
        p(f"Measured peaks: {num(peaks['peak_fma'].get('gflops'))} GFLOP/s (fma chains)"
          + (f", {num(peaks['peak_bandwidth'].get('gbps'))} GB/s (vec4 copy)" if "peak_bandwidth" in peaks else "")
          + ".\n")
    p("`host ms` is the CPU time of the thread that built and submitted an iteration's "
      "kernels (`launches` of them), waits excluded: no GPU can make an iteration shorter, "
      "so where it is near `median ms` the host, not the kernels, sets the pace. `syncs` "
      "counts the command buffers submitted per iteration, nearly all at a readback: each one "
      "drains the GPU.\n")
    p("| workload | variant | median ms | first ms | host ms | launches | syncs | GFLOP/s | GB/s | % of peak | kernels |")
    p("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in bench:
        v = r.get("variant", "auto") + (" *" if r.get("auto_pick") else "")
        p(f"| {r['workload']} | {v} | {num(r['median_ms'], 2)} | {num(r['first_ms'])} | "
          f"{num(r.get('host_ms'), 2)} | {num(r.get('dispatches'), 0)} | {num(r.get('submits'), 0)} | "
          f"{num(r.get('gflops'))} | {num(r.get('gbps'), 2)} | {num(r.get('pct_of_peak'))} | "
          f"{', '.join(r.get('kernels', []))} |")
    # the fastest variant of each workload against auto's choice
    by = OrderedDict()
    for r in bench:
        by.setdefault(r["workload"], []).append(r)
    worse = []
    for w, rs in by.items():
        auto = next((r for r in rs if r.get("variant") == "auto"), None)
        best = min(rs, key=lambda r: r["median_ms"])
        if auto and best is not auto and best["median_ms"] < 0.9 * auto["median_ms"]:
            worse.append((w, best["variant"], best["median_ms"], auto["median_ms"]))
    if worse:
        p("\n### Where a forced variant beat auto by more than 10 %\n")
        for w, v, b, a in worse:
            p(f"- {w}: {v} {b:.2f} ms vs auto {a:.2f} ms")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
