#!/usr/bin/env bash
# A real Zenn repository through `pipeline render DIR --out OUT` (the published Release CLI), then, construct by
# construct, how many the sources hold and how many the pages render as intended (bench/lib/zenn_count.py), with
# every miss listed as FILE:LINE. DIR is a copy of a repository's articles/ folder kept outside this repository
# (public articles stay out of our commits).
# usage: bench/zenn-count.sh DIR
source "$(dirname "$0")/lib/common.sh"
dir=${1:?usage: bench/zenn-count.sh DIR (a folder of Zenn articles)}
machine_summary
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
cli=$(ensure_cli)
out="$WORK_DIR/zenn-count/out"
log="$WORK_DIR/zenn-count/render.log"
rm -rf "$out" && mkdir -p "$out"
echo "command: pipeline render $dir --out $out"
TIMEFORMAT='render:  %R s wall, %U s user, %S s sys (whole process, start-up included)'
time "$cli" render "$dir" --out "$out" 2> "$log"
grep -v "image '.*' not found" "$log" >&2 || true
echo "image warnings: $(grep -c "image '.*' not found" "$log" || true) (files referenced by the drafts but not in DIR)"
echo
python3 "$BENCH_DIR/lib/zenn_count.py" "$dir" "$out" "$log"
