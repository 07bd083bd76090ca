#!/usr/bin/env bash
# Listing under load: the index seeded through the storage layer with 1,000 then 10,000 articles; per size the
# first page's uncached storage cost and wrk against /api/articles and / (requests/s, p50, p99), plus the host's
# peak working set under that load.
# usage: bench/listing.sh [--articles 1000,10000] [--duration 10] [--connections 32]
source "$(dirname "$0")/lib/common.sh"
ensure_tool wrk
host=$(ensure_local_host)
machine_summary
dotnet run -c Release --project "$BENCH_DIR/e2e" -- listing --host-dll "$host" "$@"
