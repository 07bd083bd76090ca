#!/usr/bin/env bash
# End to end on the local host + Azurite (in memory): the raw storage floor vs 1,000 drafts uploaded at once
# until all are listed, single-draft upload → listed latency (p50/p99 of 50), and the host's peak working set
# while publishing a 5 MiB draft.
# usage: bench/e2e.sh [--drafts 1000] [--latency 50] [--in-flight 16]
source "$(dirname "$0")/lib/common.sh"
corpus=$(ensure_corpus 2000)
big=$(ensure_big_draft)
host=$(ensure_local_host)
machine_summary
dotnet run -c Release --project "$BENCH_DIR/e2e" -- publish --host-dll "$host" --corpus "$corpus" --big-draft "$big" "$@"
