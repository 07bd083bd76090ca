#!/usr/bin/env bash
# A pathological draft (<div> ×1,000,000, 70-level YAML, 100k '[') uploaded together with a normal draft to the real
# local host (in-memory Azurite): time until each is failed / published in /api/drafts and the host's CPU for the pair,
# against a normal draft beside another normal one. Median of --repeat runs (default 5). docs/benchmarks.md.
# usage: bench/pathological.sh [--repeat 5]
source "$(dirname "$0")/lib/common.sh"
host=$(ensure_local_host)
machine_summary
dotnet run -c Release --project "$BENCH_DIR/e2e" -- pathological --host-dll "$host" "$@"
