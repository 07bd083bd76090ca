# Shared helpers for the bench/ scripts (sourced, not run). Everything they create lives in bench/.work/
# (git-ignored) so a rerun starts from the same corpus and a clean output folder.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
WORK_DIR="$BENCH_DIR/.work"
SHARED_BENCH="${SHARED_BENCH:-$REPO_DIR/../shared/bench}"
mkdir -p "$WORK_DIR"

log() { printf '\033[2m[bench]\033[0m %s\n' "$*" >&2; }

# Installs a Debian package when its command is missing (benchmarks only; the test command never needs these).
ensure_tool() {
  local command=$1 package=${2:-$1}
  command -v "$command" > /dev/null && return 0
  log "installing $package (Debian)"
  if ! apt-get install -y --no-install-recommends "$package" > /dev/null 2>&1; then
    apt-get update > /dev/null 2>&1
    apt-get install -y --no-install-recommends "$package" > /dev/null
  fi
}

# The deterministic corpus (gen_corpus.py: same arguments, same bytes); prints its folder.
ensure_corpus() {
  local count=${1:-2000} dir="$WORK_DIR/corpus-${1:-2000}"
  if [ ! -f "$dir/.complete" ]; then
    log "generating $count-post corpus into $dir"
    rm -rf "$dir"
    python3 "$SHARED_BENCH/gen_corpus.py" "$dir" "$count" 42 > /dev/null
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# A ~5 MiB Markdown draft: one front matter, then corpus bodies (without their front matter) repeated.
ensure_big_draft() {
  local file="$WORK_DIR/big-5mib.md" corpus
  if [ ! -f "$file" ]; then
    corpus=$(ensure_corpus 2000)
    python3 - "$corpus" "$file" <<'PY'
import os, sys
corpus, out = sys.argv[1], sys.argv[2]
target = 5 * 1024 * 1024
parts = ['---\ntitle: "A five mebibyte draft"\ndate: 2025-01-01T00:00:00Z\ntags: ["perf"]\n---\n\n']
size = len(parts[0].encode())
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".md"):
        continue
    text = open(os.path.join(corpus, name), encoding="utf-8").read()
    body = text.split("\n---\n", 1)[1]
    size += len(body.encode()) + 1
    parts.append(body + "\n")
    if size >= target:
        break
open(out, "w", encoding="utf-8").write("".join(parts))
PY
  fi
  echo "$file"
}

# The CLI built for Release and published framework-dependent (not `dotnet run`); prints the binary.
ensure_cli() {
  local out="$WORK_DIR/cli"
  if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -x "$out/pipeline" ]; then
    log "publishing src/Pipeline.Cli (Release) into $out"
    dotnet publish "$REPO_DIR/src/Pipeline.Cli" -c Release -o "$out" --nologo -v q > "$WORK_DIR/cli-publish.log" 2>&1 \
      || { cat "$WORK_DIR/cli-publish.log" >&2; return 1; }
  fi
  echo "$out/pipeline"
}

# A copy of the shared Hugo site with the corpus in content/posts/ (shared/ is read-only by agreement).
ensure_hugo_site() {
  local corpus=$1 site="$WORK_DIR/hugo-site-$(basename "$1")"
  if [ ! -f "$site/.complete" ]; then
    rm -rf "$site"
    cp -r "$SHARED_BENCH/hugo-site" "$site"
    chmod -R u+w "$site"
    mkdir -p "$site/content/posts"
    cp "$corpus"/*.md "$site/content/posts/"
    touch "$site/.complete"
  fi
  echo "$site"
}

# Median of numbers given one per line on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

machine_summary() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -h | awk '/^Mem:/ {print $2}') RAM"
  echo "runtime: $(dotnet --list-runtimes | grep NETCore.App | tail -1 | cut -d' ' -f1-2)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
}
