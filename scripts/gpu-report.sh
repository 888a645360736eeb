#!/usr/bin/env bash
# One-shot GPU report: build wgtrain (release), describe the adapters, check every kernel
# variant against its CPU twin, time every workload with every variant, and write a report.
#
#   scripts/gpu-report.sh OUT          # the full report (under 8 minutes on a 16-core GPU box)
#   GPU_REPORT_QUICK=1 scripts/gpu-report.sh OUT   # a 2-minute subset (matmul, conv, peaks)
#
# Writes OUT/devices.txt, OUT/check.jsonl, OUT/check-lanes.jsonl, OUT/bench.jsonl, OUT/report.md
# (and OUT/*.log).
# WGTRAIN_BIN=path uses that binary instead of building one; extra wgtrain flags (e.g.
# --backend vulkan --adapter 0) go in WGTRAIN_FLAGS; GPU_REPORT_BENCH_SECONDS=N stops the
# benchmarks after N s. Exit status: 1 if any check failed.
set -uo pipefail
if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
OUT=$1
mkdir -p "$OUT" || exit 2
cd "$(dirname "$0")/.."
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
QUICK=${GPU_REPORT_QUICK:-0}
FLAGS=${WGTRAIN_FLAGS:-}
T0=$(date +%s)
step() { echo "[gpu-report +$(( $(date +%s) - T0 ))s] $*" >&2; }

if [ -n "${WGTRAIN_BIN:-}" ]; then
    BIN=$WGTRAIN_BIN
else
    step "building wgtrain (release)"
    cargo build --release --quiet 2> "$OUT/build.log" || { cat "$OUT/build.log" >&2; exit 2; }
    BIN=target/release/wgtrain
fi

step "adapters -> $OUT/devices.txt"
# shellcheck disable=SC2086
"$BIN" $FLAGS devices > "$OUT/devices.txt" 2>&1 || { cat "$OUT/devices.txt" >&2; exit 2; }
sed 's/^/    /' "$OUT/devices.txt" >&2

# Every variant the adapter can run is forced and checked; the ones it cannot run are listed
# with the reason (the "not_run" lines).
status=0
if [ "$QUICK" = 1 ]; then kernels="matmul conv peak"; else kernels=all; fi
: > "$OUT/check.jsonl"
for k in $kernels; do
    step "check ${k} -> $OUT/check.jsonl"
    if [ "$k" = all ]; then sel=(); else sel=(--kernel "$k"); fi
    # shellcheck disable=SC2086
    "$BIN" $FLAGS check --json "${sel[@]}" >> "$OUT/check.jsonl" 2>> "$OUT/check.log" || status=1
done
fails=$(grep -c '"pass":false' "$OUT/check.jsonl")
step "check: $(grep -c '"pass":true' "$OUT/check.jsonl") passed, $fails failed"

# The kernels that share workgroup memory again, with their invocations renumbered (lane
# order 3: spread and reversed): a race this GPU's scheduling hid shows up as a failure here.
if [ "$QUICK" = 1 ]; then
    lanes="codebook reduce"
else
    lanes="matmul conv codebook reduce sum_keep_middle softmax cross_entropy"
fi
: > "$OUT/check-lanes.jsonl"
for k in $lanes; do
    step "check ${k} --lane-order 3 -> $OUT/check-lanes.jsonl"
    # shellcheck disable=SC2086
    "$BIN" $FLAGS check --json --kernel "$k" --lane-order 3 >> "$OUT/check-lanes.jsonl" 2>> "$OUT/check.log" || status=1
done
step "check, lane order 3: $(grep -c '"pass":true' "$OUT/check-lanes.jsonl") passed, $(grep -c '"pass":false' "$OUT/check-lanes.jsonl") failed"

if [ "$QUICK" = 1 ]; then
    only=(--only peak_fma,peak_bandwidth,matmul_1024,matmul_1024_f16,conv2d_fwd_bwd --iters 3 --warmup 1)
else
    only=()
fi
# GPU_REPORT_BENCH_SECONDS=N stops the benchmarks after N seconds (the rows so far are kept),
# so that a run with a hard time limit still ends with its report.
limit=()
if [ "${GPU_REPORT_BENCH_SECONDS:-0}" -gt 0 ]; then limit=(timeout "$GPU_REPORT_BENCH_SECONDS"); fi
step "bench --variants -> $OUT/bench.jsonl"
# shellcheck disable=SC2086
"${limit[@]}" "$BIN" $FLAGS bench --json --variants "${only[@]}" > "$OUT/bench.jsonl" 2> "$OUT/bench.log"
rc=$?
if [ $rc = 124 ]; then
    step "bench stopped after ${GPU_REPORT_BENCH_SECONDS}s (GPU_REPORT_BENCH_SECONDS); its rows so far are kept"
    echo "bench stopped after ${GPU_REPORT_BENCH_SECONDS} s (GPU_REPORT_BENCH_SECONDS)" >> "$OUT/bench.log"
elif [ $rc != 0 ]; then
    tail -5 "$OUT/bench.log" >&2
    status=1
fi
step "bench: $(wc -l < "$OUT/bench.jsonl") rows"

step "report -> $OUT/report.md"
python3 tools/gpu_report.py "$OUT" > "$OUT/report.md" || status=1
step "done (status $status)"
exit $status
