#!/usr/bin/env bash
# The one command that runs every test on a fresh machine (README: "Run all tests").
# It installs what the tests need when missing, then runs the whole solution's tests.
set -euo pipefail
cd "$(dirname "$0")"

# --- prerequisites (each script is idempotent and quiet when there is nothing to do) ---
for prereq in scripts/prereqs/*.sh; do
  [ -e "$prereq" ] || continue
  bash "$prereq"
done

# --- benchmarks: compiled so they cannot rot, never run here (docs/benchmarks.md says how to run them).
# `dotnet test` builds only test projects and what they reference, so they are built explicitly. ---
for bench in bench/*/*.csproj; do
  [ -e "$bench" ] || continue
  if ! output=$(dotnet build "$bench" -c Release --nologo -v q 2>&1); then
    echo "$output"
    echo "tests: 0 passed, 1 failed, 0 skipped (benchmark build failed: $bench)"
    exit 1
  fi
done

# --- tests ---
log=$(mktemp)
rm -f TestResults/fault-suite.txt
set +e
dotnet test Pipeline.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The fault suite's counts by kind (tests/Pipeline.Faults.Tests writes them when it passes), before the closing line.
if [ -f TestResults/fault-suite.txt ]; then cat TestResults/fault-suite.txt; fi

# One plain closing line for CI: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  { f += $(i+1) + 0 }
         if ($i == "Passed:")  { p += $(i+1) + 0 }
         if ($i == "Skipped:") { s += $(i+1) + 0 }
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
