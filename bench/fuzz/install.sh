#!/usr/bin/env bash
# Installs what the renderer fuzz run needs (docs/testing.md "Fuzzing"): Debian's afl++ and the SharpFuzz
# instrumentation tool (a .NET tool, into bench/.work/tools). Idempotent; never part of ./test.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/bench/.work/tools"

if ! command -v afl-fuzz > /dev/null; then
  if ! apt-get install -y --no-install-recommends afl++ > /dev/null 2>&1; then
    apt-get update > /dev/null
    apt-get install -y --no-install-recommends afl++ > /dev/null
  fi
fi

if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" > /dev/null
fi
echo "afl-fuzz: $(command -v afl-fuzz); sharpfuzz: $tools/sharpfuzz"
