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

# A draft just under 5 MiB (the default MaxDraftBytes is 5 MiB): one front matter, then corpus bodies.
ensure_big_draft() {
  local file="$WORK_DIR/big-5mib.md" corpus
  if [ ! -f "$file" ]; then
    corpus=$(ensure_corpus 2000)
    python3 - "$corpus" "$file" <<'PY'
import os, sys
corpus, out = sys.argv[1], sys.argv[2]
limit = 5 * 1024 * 1024
parts = ['---\ntitle: "A five mebibyte draft"\ndate: 2025-01-01T00:00:00Z\ntags: ["perf"]\n---\n\n']
size = len(parts[0].encode())
for name in sorted(os.listdir(corpus)):
    if not name.endswith(".md"):
        continue
    text = open(os.path.join(corpus, name), encoding="utf-8").read()
    body = text.split("\n---\n", 1)[1] + "\n"
    if size + len(body.encode()) > limit:
        break
    size += len(body.encode())
    parts.append(body)
open(out, "w", encoding="utf-8").write("".join(parts))
PY
  fi
  echo "$file"
}

# `dotnet publish -c Release` of src/PROJECT into bench/.work/OUT (skipped with BENCH_SKIP_BUILD=1 once built).
publish_release() {
  local project=$1 out="$WORK_DIR/$2"
  if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -d "$out" ]; then
    log "publishing src/$project (Release) into $out"
    dotnet publish "$REPO_DIR/src/$project" -c Release -o "$out" --nologo -v q > "$WORK_DIR/$2-publish.log" 2>&1 \
      || { cat "$WORK_DIR/$2-publish.log" >&2; return 1; }
  fi
}

# The CLI built for Release and published framework-dependent (not `dotnet run`); prints the binary.
ensure_cli() { publish_release Pipeline.Cli cli && echo "$WORK_DIR/cli/pipeline"; }

# The native CLI (`dotnet publish -c Release -p:PublishAot=true`, README "Render drafts"), with its own artifacts folder:
# it is self-contained and would otherwise share obj/ with the framework-dependent build above. Prints the binary, or
# fails when the machine lacks Native AOT's toolchain (clang, zlib headers).
ensure_native_cli() {
  local out="$WORK_DIR/cli-native"
  if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -x "$out/pipeline" ]; then
    log "publishing src/Pipeline.Cli (Release, Native AOT) into $out"
    dotnet publish "$REPO_DIR/src/Pipeline.Cli" -c Release -p:PublishAot=true --artifacts-path "$WORK_DIR/artifacts-native" \
      -o "$out" --nologo -v q > "$WORK_DIR/cli-native-publish.log" 2>&1 || { cat "$WORK_DIR/cli-native-publish.log" >&2; return 1; }
  fi
  echo "$out/pipeline"
}

# The local host (src/Pipeline.LocalHost) published for Release; prints its dll.
ensure_local_host() { publish_release Pipeline.LocalHost localhost && echo "$WORK_DIR/localhost/Pipeline.LocalHost.dll"; }

# A copy of a shared Hugo site (hugo-site, or hugo-site-full: Chroma highlighting on) with the corpus in
# content/posts/ (shared/ is read-only by agreement); prints its folder.
ensure_hugo_site() {
  local corpus=$1 flavour=${2:-hugo-site} site="$WORK_DIR/${2:-hugo-site}-$(basename "$1")"
  if [ ! -f "$site/.complete" ]; then
    rm -rf "$site"
    cp -r "$SHARED_BENCH/$flavour" "$site"
    chmod -R u+w "$site"
    mkdir -p "$site/content/posts"
    cp "$corpus"/*.md "$site/content/posts/"
    touch "$site/.complete"
  fi
  echo "$site"
}

machine_summary() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -h | awk '/^Mem:/ {print $2}') RAM"
  echo "runtime: $(dotnet --list-runtimes | grep NETCore.App | tail -1 | cut -d' ' -f1-2)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
}
