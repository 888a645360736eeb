#!/usr/bin/env bash
# Rebuild data/emoji40: the 1,592 base Fluent Emoji (flat style, no skin-tone variants)
# rendered to 40x40 on white. Source: npm package fluentui-emoji@1.3.0 (MIT, (c) Microsoft
# Corporation; npm repackaging (c) 2022 Mohammad Abu Mattar). Needs npm and rsvg-convert
# (Debian: librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/data/emoji40"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
(cd "$work" && npm pack --silent fluentui-emoji@1.3.0 >/dev/null && tar xzf fluentui-emoji-1.3.0.tgz)
mkdir -p "$out"
find "$out" -name '*.png' -delete
n=0
for f in "$work"/package/icons/flat/*.svg; do
  name=$(basename "${f%.svg}")
  case "$name" in *-light|*-medium-light|*-medium|*-medium-dark|*-dark) continue ;; esac
  rsvg-convert -w 40 -h 40 -b white "$f" -o "$out/$name.png"
  n=$((n + 1))
done
cp "$work/package/LICENSE" "$out/LICENSE.npm-package"
echo "rendered $n emoji into $out" >&2
