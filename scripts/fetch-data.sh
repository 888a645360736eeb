#!/usr/bin/env bash
# Fetch data sets that cannot ship in the repository.
#   scripts/fetch-data.sh emoji128   Noto Color Emoji bitmaps (Debian fonts-noto-color-emoji; OFL-1.1 /
#                                    Apache-2.0) as 128x128 images -> data/emoji128/ (3,926 images)
#   scripts/fetch-data.sh fluent128  Fluent Emoji (npm fluentui-emoji@1.3.0, MIT) rendered to 128x128 on
#                                    white, one class folder per style: data/fluent128/{flat,modern,
#                                    high-contrast}/ (ImageFolder layout for `wgtrain vaegan train`;
#                                    1,592 base emoji per style). Needs npm and rsvg-convert.
#   scripts/fetch-data.sh pokemon    Gen-8 box sprites from npm pokesprite-images@2.7.0, cropped
#                                    and centred to 40x40 on white -> data/pokemon40/
#                                    (copyrighted by Nintendo/Creatures/GAME FREAK: never commit them)
# Needs npm and a Rust toolchain (it uses `wgtrain data fit-sprites`).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
what="${1:-}"
case "$what" in
  pokemon)
    out="$here/data/pokemon40"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent pokesprite-images@2.7.0 >/dev/null && tar xzf pokesprite-images-2.7.0.tgz)
    (cd "$here" && cargo build --release --quiet)
    for kind in regular shiny; do
      "$here/target/release/wgtrain" data fit-sprites --src "$work/package/pokemon-gen8/$kind" --out "$out" --size 40 --prefix "$kind-"
    done
    echo "done: train with  wgtrain pokemon-vae train --data $out" >&2
    ;;
  emoji128)
    out="$here/data/emoji128"
    font=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
    if [ ! -f "$font" ]; then
      work=$(mktemp -d)
      trap 'rm -rf "$work"' EXIT
      (cd "$work" && apt-get download fonts-noto-color-emoji >/dev/null && dpkg-deb -x fonts-noto-color-emoji_*_all.deb noto)
      font="$work/noto/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
    fi
    (cd "$here" && cargo build --release --quiet)
    "$here/target/release/wgtrain" data noto-emoji --font "$font" --out "$out" --size 128
    echo "done: train with  wgtrain vqvae train --config configs/vqvae_naruto.toml  (its data is data/emoji128)" >&2
    ;;
  fluent128)
    out="$here/data/fluent128"
    command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    (cd "$work" && npm pack --silent fluentui-emoji@1.3.0 >/dev/null && tar xzf fluentui-emoji-1.3.0.tgz)
    n=0
    for style in flat modern high-contrast; do
      mkdir -p "$out/$style"
      for f in "$work/package/icons/$style"/*.svg; do
        name=$(basename "${f%.svg}")
        case "$name" in *-light|*-medium-light|*-medium|*-medium-dark|*-dark) continue ;; esac
        rsvg-convert -w 128 -h 128 -b white "$f" -o "$out/$style/$name.png"
        n=$((n + 1))
      done
    done
    cp "$work/package/LICENSE" "$out/LICENSE"
    echo "rendered $n images into $out; train with  wgtrain vaegan train --data $out" >&2
    ;;
  *)
    echo "usage: $0 emoji128|fluent128|pokemon" >&2
    exit 2
    ;;
esac
