#!/usr/bin/env bash
# Hostile images vs the host's memory (docs/benchmarks.md §6, issue 12: peak within 100 MiB of idle): the local host
# (Release) on an in-memory Azurite; a pixel-count bomb (PNG header claiming 30000×30000), animated GIF bombs and, for
# comparison, a real 12-megapixel JPEG, each uploaded to the drafts container while the host's VmRSS/VmHWM
# (/proc/PID/status) is sampled until /api/assets reports the outcome.
# usage: bench/asset-memory.sh
source "$(dirname "$0")/lib/common.sh"
host=$(ensure_local_host)
machine_summary
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project "$BENCH_DIR/e2e" -- asset-memory --host-dll "$host" "$@"
