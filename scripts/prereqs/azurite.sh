#!/usr/bin/env bash
# Installs the npm packages pinned in package.json + package-lock.json when any is missing: Azurite (the storage
# emulator), vnu-jar (the W3C Nu HTML Checker the golden-page test runs) and the packages third_party/ files are
# vendored from (a test checks the copies match). Idempotent and quiet when there is nothing to do. The test
# fixture and the local host would install Azurite on first use too; doing it here keeps that time out of the
# first test. vnu-jar's postinstall (a Java download) is not run: npm leaves install scripts off, and the
# machine's Java 17 runs the jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
for marker in node_modules/azurite/dist/src/azurite.js node_modules/vnu-jar/build/dist/vnu.jar \
              node_modules/temml/dist/temml.min.js node_modules/tm-grammars/grammars/toml.json; do
  if [ ! -f "$marker" ]; then
    echo "installing pinned npm packages (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error
    break
  fi
done
