#!/usr/bin/env bash
# Make sure a GPU driver wgpu can use is present. On a Linux machine without a GPU this is
# Mesa's CPU drivers: lavapipe (Vulkan) and llvmpipe (OpenGL, for the GL backend).
# Needs root (or sudo) only when something is missing.
set -euo pipefail
need=()
ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
ldconfig -p | grep -q 'libvulkan.so.1' || need+=(libvulkan1)
ldconfig -p | grep -q 'libEGL.so.1' || need+=(libegl1)
ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1 || need+=(libgl1-mesa-dri libegl-mesa0)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "missing: ${need[*]}; install Mesa's Vulkan (lavapipe) and GL drivers with your package manager" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
