#!/usr/bin/env bash
# In-process: the YAML front-matter stage over the 2,000-post corpus, with SimpleYamlReader's fast path and with
# YamlDotNet alone (BenchmarkDotNet, MemoryDiagnoser).
# usage: bench/front-matter.sh [extra BenchmarkDotNet args, e.g. --job short]
# Results: the table on stdout and bench/.work/BenchmarkDotNet.Artifacts/results/*.md
source "$(dirname "$0")/lib/common.sh"
ensure_corpus 2000 > /dev/null
machine_summary
cd "$WORK_DIR"
dotnet run -c Release --project "$BENCH_DIR/Pipeline.Benchmarks" -- --filter '*FrontMatterReaders*' "$@"
