#!/usr/bin/env bash
# Image variants (docs/benchmarks.md §6): the three .NET libraries under BenchmarkDotNet, each library's peak
# resident memory in a fresh process, and vipsthumbnail (Debian libvips-tools) as the floor. The inputs (a
# 12-megapixel JPEG and a 2880×1800 PNG) are generated into bench/.work/images on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIPELINE_REPO=$PWD
command -v vipsthumbnail >/dev/null || apt-get install -y --no-install-recommends libvips-tools >/dev/null
command -v /usr/bin/time >/dev/null || apt-get install -y --no-install-recommends time >/dev/null
dotnet build bench/Pipeline.Benchmarks -c Release --nologo -v quiet
dll=bench/Pipeline.Benchmarks/bin/Release/net10.0/Pipeline.Benchmarks.dll
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version), $(vips --version)"

echo "## peak resident memory (fresh process each, three runs, last timed)"
for library in netvips skia imagesharp; do
  for input in photo-12mp.jpg screenshot-2880.png; do
    dotnet "$dll" --image-peak "$library" "$input"
  done
done

echo "## vipsthumbnail floor (same six variants, one process per variant, summed)"
out=$(mktemp -d)
for input in photo-12mp.jpg screenshot-2880.png; do
  source=bench/.work/images/$input
  own=${input##*.}
  if [ "$own" = jpg ]; then own_target="jpg[Q=80,strip]"; else own_target="png[strip]"; fi
  total=0; peak=0
  for width in 480 960 1600; do
    for target in "webp[Q=80,strip]" "$own_target"; do
      read -r elapsed rss < <( { /usr/bin/time -f "%e %M" vipsthumbnail "$source" -s "$width" -o "$out/v-$width.$target" >/dev/null; } 2>&1 | tail -1)
      total=$(echo "$total + $elapsed" | bc); [ "$rss" -gt "$peak" ] && peak=$rss
    done
  done
  echo -e "vipsthumbnail\t$input\t${total} s\tpeak RSS $((peak / 1024)) MiB"
done
rm -rf "$out"

echo "## BenchmarkDotNet (ShortRun)"
(cd bench/Pipeline.Benchmarks && dotnet "bin/Release/net10.0/Pipeline.Benchmarks.dll" --filter '*ImageVariant*' --buildTimeout 900 "$@")
