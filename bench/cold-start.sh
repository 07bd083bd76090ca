#!/usr/bin/env bash
# The Functions app's cold start (docs/benchmarks.md §9): src/Pipeline.Functions published twice — portable (JIT)
# and ReadyToRun as shipped — then, for each, new worker processes through the host-protocol harness: launch →
# first PublishDraft done → first HTTP response. usage: bench/cold-start.sh [RUNS=7]
source "$(dirname "$0")/lib/common.sh"
runs=${1:-7}
machine_summary
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -d "$WORK_DIR/functions-r2r" ]; then
  log "publishing src/Pipeline.Functions (JIT and ReadyToRun)"
  rm -rf "$WORK_DIR/functions-jit" "$WORK_DIR/functions-r2r"
  dotnet publish "$REPO_DIR/src/Pipeline.Functions" -c Release -p:RuntimeIdentifier= -p:PublishReadyToRun=false -o "$WORK_DIR/functions-jit" --nologo -v q > /dev/null
  dotnet publish "$REPO_DIR/src/Pipeline.Functions" -c Release -o "$WORK_DIR/functions-r2r" --nologo -v q > /dev/null
fi
# Alternating: each round launches the JIT app, then the ReadyToRun app (same drift for both); medians, min–max and
# the per-round ratio R2R/JIT. Extra variants: COLD_START_EXTRA='name=DIR+DOTNET_X=1;…' (runtime knobs by environment).
dotnet run -c Release --project "$BENCH_DIR/e2e" -- coldstart --runs "$runs" \
  --apps "jit=$WORK_DIR/functions-jit;r2r=$WORK_DIR/functions-r2r${COLD_START_EXTRA:+;$COLD_START_EXTRA}"
