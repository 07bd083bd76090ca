#!/usr/bin/env bash
# Installs the pinned Azurite (package.json + package-lock.json) when it is missing. Idempotent and quiet
# when there is nothing to do. The test fixture and the local host would install it on first use too;
# doing it here keeps that time out of the first test.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f node_modules/azurite/dist/src/azurite.js ]; then
  echo "installing Azurite (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
