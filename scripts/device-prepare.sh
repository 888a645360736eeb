#!/usr/bin/env bash
# Prepare, on this machine, what a lent GPU machine needs to run scripts/gpu-report.sh: that
# machine has no Rust toolchain and cannot download anything, so the release binary and the
# Vulkan loader travel with the working tree in .device/ (ignored by git through
# .git/info/exclude; about 20 MiB).
#
#   scripts/device-prepare.sh       # then, with the device tool:
#   run(command="bash scripts/device-gpu-report.sh", carry=[".device"], timeout_s=540)
#
# The binary needs glibc 2.35 or newer there (Ubuntu 22.04 and later).
set -euo pipefail
cd "$(dirname "$0")/.."
grep -qx '/.device/' .git/info/exclude 2>/dev/null || echo '/.device/' >> .git/info/exclude
mkdir -p .device/debs
echo "building wgtrain (release)" >&2
cargo build --release --quiet
cp target/release/wgtrain .device/wgtrain
# The Vulkan loader (and EGL for the GL backend), amd64, as .debs to unpack there only if the
# machine lacks them; the NVIDIA driver itself comes with the machine.
lists=$(mktemp -d)
mkdir -p "$lists/partial"
o=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 "-oDir::State::Lists=$lists")
apt-get "${o[@]}" update -qq
(cd .device/debs && rm -f ./*.deb && apt-get "${o[@]}" download -qq libvulkan1 libegl1 libglvnd0)
rm -rf "$lists"
echo "ready: $(du -sh .device | cut -f1) in .device ($(ls .device/debs | tr '\n' ' '))" >&2
