#!/usr/bin/env bash
# Any two commands side by side, alternating: a warm-up of each, then A B, B A, A B … (7 pairs by default); per run the
# wall time and the CPU time (user + sys) of the whole process tree; reports the median of the pairwise ratios B/A
# for wall and CPU with min–max, the load average at the start, the commands and the date. Every side-by-side
# figure in docs/benchmarks.md comes from this script.
# usage: bench/alternate.sh [--pairs 7] [--order swap|ab] [--warmup 1] [--prepare 'rm -rf OUT'] [--name-a X --name-b Y] [--json FILE] 'CMD A' 'CMD B'
set -euo pipefail
exec python3 "$(dirname "$0")/lib/alternate.py" "$@"
