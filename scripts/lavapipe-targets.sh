#!/usr/bin/env bash
# The GPU-kernels issue's lavapipe targets, measured side by side with Burn in one script:
# Burn's six peer workloads (../shared/peers/run_all.sh burn: cold, Mesa and CubeCL caches off),
# then the same six in wgtrain, each in its own process with Mesa's shader cache off, then the
# model steps the issue names and the peak probes. Writes OUT/burn.jsonl, OUT/wgtrain.jsonl
# and OUT/targets.md (each target with the figure and met / not met).
#
#   scripts/lavapipe-targets.sh OUT
#
# Takes about 30 minutes on the 2-core machine (Burn's cold first iterations are most of it);
# the first Burn build takes 25-50 minutes more. PEERS_DIR (default ../shared/peers) is the
# peer harness; WGTRAIN_BIN uses that binary instead of building one; SKIP_BURN=1 reuses the
# OUT/burn.jsonl of an earlier run. Run it on an otherwise idle machine: the figures are ratios
# of runs minutes apart.
set -euo pipefail
if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PEERS=${PEERS_DIR:-$ROOT/../shared/peers}
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
T0=$(date +%s)
step() { echo "[lavapipe-targets +$(( $(date +%s) - T0 ))s] $*" >&2; }

if [ -n "${WGTRAIN_BIN:-}" ]; then
    BIN=$WGTRAIN_BIN
else
    step "building wgtrain (release)"
    cargo build --release --quiet
    BIN=$ROOT/target/release/wgtrain
fi

if [ "${SKIP_BURN:-0}" != 1 ]; then
    step "Burn: ../shared/peers/run_all.sh burn -> $OUT/burn.jsonl"
    PEERS_OUT=$OUT "$PEERS/run_all.sh" burn > "$OUT/burn.log" 2>&1 || { tail -20 "$OUT/burn.log" >&2; exit 1; }
fi

: > "$OUT/wgtrain.jsonl"
run() {  # workload iters warmup
    step "wgtrain $1"
    MESA_SHADER_CACHE_DISABLE=true WGTRAIN_AUTOTUNE=off \
        "$BIN" bench --json --only "$1" --iters "$2" --warmup "$3" >> "$OUT/wgtrain.jsonl" 2>> "$OUT/wgtrain.log"
}
for w in peak_fma peak_bandwidth; do run $w 10 3; done
for w in matmul_1024 conv2d_fwd_bwd conv_transpose2d_fwd_bwd lstm2_fwd_bwd codebook_argmin vae_train_step; do
    run $w 10 3
done
for w in vqvae_train_step lstm_prior_train_step vaegan_train_step; do run $w 3 1; done

step "table -> $OUT/targets.md"
python3 tools/lavapipe_targets.py "$OUT" > "$OUT/targets.md"
cat "$OUT/targets.md"
step "done"
