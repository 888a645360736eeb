#!/usr/bin/env bash
# The one command for a lent GPU machine (the device tool's `run`, with carry [".device"] made
# by scripts/device-prepare.sh): installs the Vulkan loader if the machine lacks one, shows the
# GPU, and runs scripts/gpu-report.sh with the carried binary into $OUT (default /tmp/report).
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/report}
if [ ! -x .device/wgtrain ]; then
    echo "no .device/wgtrain: run scripts/device-prepare.sh here first and carry .device" >&2
    exit 2
fi
# (grep without -q reads everything: under pipefail an early exit would fail ldconfig)
if ! ldconfig -p | grep libvulkan.so.1 > /dev/null; then
    echo "no Vulkan loader here: unpacking the carried one" >&2
    for f in .device/debs/*.deb; do dpkg -x "$f" /; done
    ldconfig
fi
# The NVIDIA driver's Vulkan and EGL manifests, where the loader does not look by itself.
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
if [ -f "$icd" ] && ! compgen -G '/usr/share/vulkan/icd.d/*nvidia*' > /dev/null \
    && ! compgen -G '/etc/vulkan/icd.d/*nvidia*' > /dev/null; then
    export VK_DRIVER_FILES=$icd
    export __EGL_VENDOR_LIBRARY_FILENAMES=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
fi
mkdir -p "$OUT"
# (gpu-report.sh writes seven files; the device tool brings back eight at most)
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv 2>&1 | tee "$OUT/nvidia-smi.txt" >&2
# The benchmarks stop after 6 minutes, so that a 9-minute call still ends with report.md.
GPU_REPORT_BENCH_SECONDS=${GPU_REPORT_BENCH_SECONDS:-360} WGTRAIN_BIN=.device/wgtrain \
    bash scripts/gpu-report.sh "$OUT"
