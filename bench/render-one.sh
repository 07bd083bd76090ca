#!/usr/bin/env bash
# In-process: one article through the full renderer vs raw Markdig ToHtml (BenchmarkDotNet, MemoryDiagnoser).
# usage: bench/render-one.sh [extra BenchmarkDotNet args, e.g. --job short]
# Results: the table on stdout and bench/.work/BenchmarkDotNet.Artifacts/results/*.md
source "$(dirname "$0")/lib/common.sh"
ensure_corpus 2000 > /dev/null
ensure_big_draft > /dev/null
machine_summary
cd "$WORK_DIR"
dotnet run -c Release --project "$BENCH_DIR/Pipeline.Benchmarks" -- --filter '*RenderOneArticle*' "$@"
