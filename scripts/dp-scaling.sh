#!/usr/bin/env bash
# Data-parallel scaling on this machine: the five trainers at N = 1 (one process) and N = 2
# (`mpirun -np 2`), every rank's lavapipe on one thread (LP_NUM_THREADS=1), so N = 2 uses two
# cores where N = 1 uses one. Writes each run's log under OUT and prints a markdown table: the
# last epoch's items/s at N = 1 and N = 2, the speed-up, the share of the N = 2 run spent in
# the sums across ranks (host staging included), and the bytes each rank sends per step.
# Usage: scripts/dp-scaling.sh OUT   (needs scripts/install-mpi.sh; builds with --features mpi)
set -euo pipefail
out=${1:?usage: scripts/dp-scaling.sh OUT}
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)
cargo build --release --features mpi >&2
bin=${CARGO_TARGET_DIR:-$(pwd)/target}/release/wgtrain
export LP_NUM_THREADS=1
data=$(pwd)/data/emoji40

# the tiny VQ-VAE config, writing under OUT/$1
tiny() {
  mkdir -p "$out/$1"
  sed -e "s|task_name = \"runs/vqvae_tiny\"|task_name = \"$out/$1/task\"|" \
      -e "s|data = \"data/emoji40\"|data = \"$data\"|" configs/vqvae_tiny.toml > "$out/$1/tiny.toml"
  echo "$out/$1/tiny.toml"
}

# run NAME N ARGS...: one process for N = 1, mpirun otherwise; stderr to OUT/NAME-N.log
run() {
  local name=$1 n=$2; shift 2
  echo "$name, N = $n ..." >&2
  if [ "$n" = 1 ]; then
    "$bin" "$@" >/dev/null 2>"$out/$name-$n.log"
  else
    mpirun --allow-run-as-root --oversubscribe -np "$n" "$bin" "$@" >/dev/null 2>"$out/$name-$n.log"
  fi
}

last_rate() { grep -o 'by epoch: .*' "$1" | tail -1 | awk -F', ' '{print $NF}' | sed 's/.*: //'; }

# the prior's code maps: the tiny VQ-VAE, one epoch, encoded
base=$(tiny prior-base)
"$bin" vqvae train --quiet --config "$base" --epochs 1 >/dev/null 2>&1
"$bin" vqvae encode --config "$base" --out "$out/encodings.safetensors" >/dev/null 2>&1
# the VAE-GAN's ImageFolder: 256 of the emoji as one class (16 steps an epoch)
mkdir -p "$out/folder/emoji"
files=("$data"/*.png)
for f in "${files[@]:0:256}"; do ln -sf "$f" "$out/folder/emoji/"; done

for n in 1 2; do
  run pokemon-vae "$n" pokemon-vae train --quiet --data "$data" --epochs 3 --warmup-epochs 0 \
    --save-period 100 --output-dir "$out/pokemon-$n"
  run vqvae "$n" vqvae train --quiet --config "$(tiny vqvae-$n)"
  run lstm-prior "$n" lstm-prior train --quiet --config "$(tiny prior-$n)" --epochs 1 \
    --encodings "$out/encodings.safetensors"
  run vaegan "$n" vaegan train --quiet --data "$out/folder" --output-dir "$out/vaegan-$n" \
    --image-size 32 --batch-size 16 --frames 4 --epochs 2 --lr 1e-4
  run scene "$n" scene train --quiet --output-dir "$out/scene-$n" --seed 1 --d-model 128 \
    --n-heads 4 --n-layers 2 --hidden-dim 64 --z-dim 32 --num-samples 200 --batch-size 8 --epochs 2
done

echo "| trainer (settings) | N = 1 items/s | N = 2 items/s | speed-up | sums across ranks, N = 2 | sent per step and rank |"
echo "|---|---:|---:|---:|---:|---:|"
for name in pokemon-vae vqvae lstm-prior vaegan scene; do
  r1=$(last_rate "$out/$name-1.log"); r2=$(last_rate "$out/$name-2.log")
  share=$(grep -o '([0-9]*%' "$out/$name-2.log" | tail -1 | tr -d '(')
  mib=$(grep -o '[0-9.]* MiB sent per step' "$out/$name-2.log" | tail -1 | awk '{print $1}')
  speed=$(awk -v a="$r1" -v b="$r2" 'BEGIN { printf "%.2f", b / a }')
  echo "| $name | $r1 | $r2 | $speed | $share | $mib MiB |"
done
