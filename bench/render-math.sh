#!/usr/bin/env bash
# In-process, Stopwatch: one formula cold and warm, a 150-formula article against raw Markdig, a highlighted block
# cold and warm. usage: bench/render-math.sh
source "$(dirname "$0")/lib/common.sh"
machine_summary
cd "$WORK_DIR"
dotnet run -c Release --project "$BENCH_DIR/Pipeline.Benchmarks" -- --math
