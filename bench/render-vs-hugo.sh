#!/usr/bin/env bash
# Whole process, side by side, alternating (bench/alternate.sh): `pipeline render` (the published Release CLI) vs
# Debian's `hugo` on ../shared/bench/hugo-site-full (Chroma highlighting on, as our renderer highlights) with the
# same 2,000 posts, in memory (--dry-run vs --renderToMemory) and writing to a fresh folder (-d OUT vs --out OUT).
# usage: [BENCH_CLI=native|readytorun] bench/render-vs-hugo.sh [PAIRS=7] [POSTS=2000]
# Each mode prints the alternate.sh report (B = Hugo, A = pipeline, so B/A > 1 means the pipeline is faster);
# JSON lands in bench/.work/render-vs-hugo-{native,readytorun}-*.json.
source "$(dirname "$0")/lib/common.sh"
pairs=${1:-7}
posts=${2:-2000}
ensure_tool hugo
corpus=$(ensure_corpus "$posts")
site=$(ensure_hugo_site "$corpus" hugo-site-full)
# BENCH_CLI=native (default) measures the native CLI, BENCH_CLI=readytorun the default `dotnet publish` build.
case "${BENCH_CLI:-native}" in
  native) cli=$(ensure_native_cli); flavour="Native AOT: dotnet publish -c Release -p:PublishAot=true" ;;
  readytorun) cli=$(ensure_cli); flavour="framework-dependent, ReadyToRun, tiered compilation off: the csproj's default publish settings" ;;
  *) echo "BENCH_CLI must be native or readytorun" >&2; exit 2 ;;
esac
out="$WORK_DIR/render-out"
machine_summary
echo "hugo:    $(hugo version | cut -d' ' -f2), site $(basename "$site")"
echo "corpus:  $posts posts, $(du -sh "$corpus" | cut -f1), $corpus"
echo "pipeline CLI: $cli ($flavour)"

echo; echo "## in memory"
"$BENCH_DIR/alternate.sh" --pairs "$pairs" --cwd "$site" --name-a pipeline --name-b hugo --json "$WORK_DIR/render-vs-hugo-${BENCH_CLI:-native}-memory.json" \
  "$cli render '$corpus' --dry-run" "hugo --quiet --renderToMemory"
echo; echo "## writing to a fresh folder"
"$BENCH_DIR/alternate.sh" --pairs "$pairs" --cwd "$site" --prepare "rm -rf '$out'" --name-a pipeline --name-b hugo --json "$WORK_DIR/render-vs-hugo-${BENCH_CLI:-native}-writing.json" \
  "$cli render '$corpus' --out '$out'" "hugo --quiet -d '$out'"
