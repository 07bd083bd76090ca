#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium (Playwright's own browser download cannot
# work here), a CJK font (without one Japanese renders as empty boxes) and an emoji font (the sample's
# ✅/💡 markers). Idempotent; quiet when present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
for font in fonts-ipafont-gothic fonts-noto-color-emoji; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed' || need+=("$font")
done
[ "${#need[@]}" -eq 0 ] && exit 0

echo "browser prereqs: installing ${need[*]}" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
# Another installer may hold the apt lock (parallel prereq scripts): wait for it rather than fail.
apt=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600)
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  "${apt[@]}" update -qq && break
  [ "$attempt" -lt 10 ] || exit 1
  sleep 15
done
"${apt[@]}" install -y -qq --no-install-recommends "${need[@]}" >/dev/null
