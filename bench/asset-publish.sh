#!/usr/bin/env bash
# Publishing images (docs/benchmarks.md §6, issue 12): 100 distinct images (half 2000-px JPEG photos, half 1600-px PNG
# screenshots) uploaded at once to the local host (Release) on an in-memory Azurite, until /api/assets reports all
# published with their variants; against the raw storage floor for the same bytes (upload and download each source,
# upload every published file), alternating pipeline/floor per pair with new images each pair.
# usage: bench/asset-publish.sh [--images 100] [--in-flight 16] [--pairs 3]
source "$(dirname "$0")/lib/common.sh"
host=$(ensure_local_host)
machine_summary
dotnet run -c Release --project "$BENCH_DIR/e2e" -- asset-publish --host-dll "$host" "$@"
