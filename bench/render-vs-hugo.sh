#!/usr/bin/env bash
# Whole process, side by side in one session: `pipeline render` (Release build, published) vs `hugo` 0.111
# on the same 2,000-post corpus, in memory (--dry-run vs --renderToMemory) and writing to a fresh folder.
# usage: bench/render-vs-hugo.sh [RUNS=5] [POSTS=2000]
# Prints the median wall time of each, pages/s (article pages) and pipeline/Hugo ratios; hyperfine's
# JSON lands in bench/.work/render-vs-hugo-*.json.
source "$(dirname "$0")/lib/common.sh"
runs=${1:-5}
posts=${2:-2000}
ensure_tool hugo
ensure_tool hyperfine
corpus=$(ensure_corpus "$posts")
site=$(ensure_hugo_site "$corpus")
cli=$(ensure_cli)
out="$WORK_DIR/render-out"
machine_summary
echo "hugo:    $(hugo version | cut -d' ' -f2)"
echo "corpus:  $posts posts, $(du -sh "$corpus" | cut -f1), $corpus"

run_pair() { # name, hugo command, pipeline command
  local name=$1 json="$WORK_DIR/render-vs-hugo-$1.json"
  hyperfine --style none --runs "$runs" --warmup 1 --prepare "rm -rf '$out'" --export-json "$json" \
    -n hugo "$2" -n pipeline "$3" > /dev/null
  python3 - "$json" "$posts" "$name" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
posts, name = int(sys.argv[2]), sys.argv[3]
hugo, ours = results["hugo"]["median"], results["pipeline"]["median"]
for label, seconds, times in (("hugo", hugo, results["hugo"]["times"]), ("pipeline", ours, results["pipeline"]["times"])):
    print(f"{name:9} {label:9} median {seconds:6.3f} s  {posts / seconds:7.0f} pages/s  (runs: {' '.join(f'{t:.2f}' for t in times)})")
print(f"{name:9} ratio     pipeline/hugo pages/s = {hugo / ours:.2f}x")
PY
}

cd "$site"
run_pair in-memory "hugo --quiet --renderToMemory" "$cli render '$corpus' --dry-run"
run_pair writing "hugo --quiet -d '$out'" "$cli render '$corpus' --out '$out'"
