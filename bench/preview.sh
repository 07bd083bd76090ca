#!/usr/bin/env bash
# `pipeline preview` save -> reload: for the sample-sized draft (samples/trump-lee-summit.ja.txt) in the samples
# folder, and the same draft inside the 2,000-post corpus. Each save is timed from the write until the event
# stream has announced it and the re-rendered page has been fetched (what the reload script does).
# usage: bench/preview.sh [SAVES=30]
# The browser's own figure (Chromium, page reload included) comes from
#   dotnet test tests/Pipeline.Browser.Tests -c Release --filter FullyQualifiedName~Save_to_reload --logger "console;verbosity=detailed"
source "$(dirname "$0")/lib/common.sh"
saves=${1:-30}
corpus=$(ensure_corpus 2000)
cli=$(ensure_cli)
machine_summary
small="$WORK_DIR/preview-samples" large="$WORK_DIR/preview-corpus-2000"
rm -rf "$small" "$large"
cp -r "$REPO_DIR/samples" "$small"
cp -r "$corpus" "$large"
cp "$REPO_DIR/samples/trump-lee-summit.ja.txt" "$large/"
python3 "$(dirname "$0")/preview/save_to_reload.py" "$cli" "$small" trump-lee-summit.ja.txt "$saves"
python3 "$(dirname "$0")/preview/save_to_reload.py" "$cli" "$large" trump-lee-summit.ja.txt "$saves"
