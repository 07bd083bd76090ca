#!/usr/bin/env bash
# Fuzzes the whole renderer with afl++ through SharpFuzz (docs/testing.md "Fuzzing"); not part of ./test.sh.
# usage: bench/fuzz/run.sh [--minutes 30] [--resume]
# Findings land in bench/.work/fuzz/findings (crashes/, hangs/, fuzzer_stats); replay one with
#   dotnet bench/.work/fuzz/replay/Pipeline.Fuzz.Renderer.dll bench/.work/fuzz/findings/default/crashes/id:…
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/bench/.work/fuzz"
minutes=30
resume=false
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --resume) resume=true; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

bash "$here/install.sh"
sharpfuzz="$root/bench/.work/tools/sharpfuzz"

# A fresh build, then the assemblies whose branches afl should see are instrumented in place (ours and Markdig's).
rm -rf "$work/bin" "$work/replay"
dotnet publish "$here/Pipeline.Fuzz.Renderer.csproj" -c Release -o "$work/bin" --nologo -v q
cp -r "$work/bin" "$work/replay"   # uninstrumented copy, to replay findings outside afl
for assembly in Pipeline.Rendering.dll Markdig.dll; do
  "$sharpfuzz" "$work/bin/$assembly"
done

# Seeds: the golden drafts and a few small ones per construct; the first byte picks the file name (RenderHarness).
seeds="$work/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
index=0
seed() { printf "\\x$(printf %02x "$1")" > "$seeds/$index"; cat >> "$seeds/$index"; index=$((index + 1)); }
for draft in "$root"/tests/Pipeline.Rendering.Tests/Golden/*.md; do seed 0 < "$draft"; done
for draft in "$root"/tests/Pipeline.Rendering.Tests/Golden/*.txt; do seed 1 < "$draft"; done
printf -- '---\ntitle: Zenn\nemoji: "🐟"\ntype: tech\ntopics: [a, b]\npublished: true\n---\n:::message\n注意\n:::\n\n@[youtube](dQw4w9WgXcQ)\n\n$$\nx^2\n$$\n' | seed 0
printf -- '---\ntitle: "<b>t</b>"\ntags: [x]\n---\n<div><span onclick=x>a</span></div>\n\n[l](javascript:alert(1)) $a_1$\n' | seed 0
printf -- '+++\ntitle = "toml"\n+++\n> - [ ] *a* **b** `c`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n' | seed 0
printf '題名\n公開日:2025/08/26\n✅ 要約。\nさらに読む ⇒出典: https://example.com/\n' | seed 1

input="$seeds"
if $resume && [ -d "$work/findings/default" ]; then input=-; fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$input" -o "$work/findings" -t 10000 -m none -V $((minutes * 60)) -- dotnet "$work/bin/Pipeline.Fuzz.Renderer.dll" \
  > "$work/afl.log" 2>&1 || { tail -40 "$work/afl.log"; exit 1; }

stats="$work/findings/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg)' "$stats"
