#!/usr/bin/env python3
"""The GPU-kernels issue's lavapipe targets from one run of scripts/lavapipe-targets.sh.

usage: lavapipe_targets.py OUT   (reads OUT/burn.jsonl and OUT/wgtrain.jsonl, prints markdown)
"""
import json
import pathlib
import sys

out = pathlib.Path(sys.argv[1])


def rows(name):
    p = out / name
    if not p.exists():
        return {}
    r = {}
    for line in p.read_text().splitlines():
        try:
            j = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "median_ms" in j:
            r[j["workload"]] = j
    return r


burn, ours = rows("burn.jsonl"), rows("wgtrain.jsonl")
PEER = ["matmul_1024", "conv2d_fwd_bwd", "conv_transpose2d_fwd_bwd", "lstm2_fwd_bwd",
        "codebook_argmin", "vae_train_step"]
# (workload, median target in ms) from the issue
STEPS = [("conv2d_fwd_bwd", 360), ("conv_transpose2d_fwd_bwd", 450),
         ("vqvae_train_step", 4000), ("vaegan_train_step", 7000),
         ("lstm_prior_train_step", 3000)]


def verdict(ok):
    return "met" if ok else "**not met**"


fma = ours.get("peak_fma", {}).get("gflops")
bw = ours.get("peak_bandwidth", {}).get("gbps")
print(f"Measured peaks: peak_fma {fma:.1f} GFLOP/s, peak_bandwidth {bw:.2f} GB/s\n"
      if fma and bw else "Measured peaks: n/a\n")
print("| workload | Burn median ms (first) | wgtrain median ms (first) | Burn / wgtrain | ≥ 5× |")
print("|---|---:|---:|---:|---|")
for w in PEER:
    b, o = burn.get(w), ours.get(w)
    if not o:
        print(f"| {w} | | n/a | | |")
        continue
    mine = f"{o['median_ms']:.1f} ({o['first_ms']:.0f})"
    if not b:
        print(f"| {w} | n/a | {mine} | | |")
        continue
    ratio = b["median_ms"] / o["median_ms"]
    print(f"| {w} | {b['median_ms']:.1f} ({b['first_ms']:.0f}) | {mine} | {ratio:.1f}× "
          f"| {verdict(ratio >= 5)} |")
print()
print("| workload | wgtrain median ms | target ms | | GFLOP/s | % of peak_fma |")
print("|---|---:|---:|---|---:|---:|")
for w, target in STEPS:
    o = ours.get(w)
    if not o:
        print(f"| {w} | n/a | ≤ {target} | | | |")
        continue
    g = o.get("gflops")
    gf = f"{g:.1f}" if g else ""
    pct = f"{100 * g / fma:.0f}" if g and fma else ""
    print(f"| {w} | {o['median_ms']:.1f} | ≤ {target} | {verdict(o['median_ms'] <= target)} "
          f"| {gf} | {pct} |")
print()
print("Cold first iteration (Mesa's shader cache off, autotune off), target ≤ 2 000 ms:\n")
print("| workload | first ms | |")
print("|---|---:|---|")
for w in PEER + [s for s, _ in STEPS if s not in PEER]:
    o = ours.get(w)
    if o:
        print(f"| {w} | {o['first_ms']:.0f} | {verdict(o['first_ms'] <= 2000)} |")
