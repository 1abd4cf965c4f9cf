#!/usr/bin/env bash
# Build the one-folder PyInstaller app from build.spec and check that the frozen app answers
# `selfcheck --json` correctly (curricula, templates, fonts, translations found inside the bundle),
# then opens every page of the frozen app on a demo workshop.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
rm -rf build/workshop-kit dist/workshop-kit
# Two kinds of PyInstaller warning say nothing about this app and are left out: Windows libraries
# that a dependency looks up with ctypes, and GTK (not bundled; Qt's GTK theme plugin uses the
# desktop's own where there is one).
.venv/bin/pyinstaller --noconfirm --log-level WARN build.spec 2>&1 |
  { grep -v -e "required via ctypes not found" -e "dependency of '.*/platformthemes/libqgtk3.so'" || true; }
home=$(mktemp -d)
out=$(WORKSHOP_KIT_HOME="$home" QT_QPA_PLATFORM=offscreen dist/workshop-kit/workshop-kit selfcheck --json) || {
  echo "$out"; echo "frozen selfcheck failed" >&2; exit 1; }
echo "$out" | .venv/bin/python -c '
import json, sys
data = json.load(sys.stdin)
bad = [c for c in data["checks"] if c["required"] and not c["ok"]]
for c in data["checks"]:
    print(("ok " if c["ok"] else "!! ") + c["name"] + ": " + c["detail"])
sys.exit(1 if bad or not data["ok"] else 0)
'
echo "frozen build: selfcheck passed"
# Every page opens in the frozen app (modules and Qt plugins loaded by name are in the bundle).
WORKSHOP_KIT_HOME="$home" dist/workshop-kit/workshop-kit demo >/dev/null
WORKSHOP_KIT_HOME="$home" QT_QPA_PLATFORM=offscreen WORKSHOP_KIT_VISIT_PAGES=1 timeout 120 dist/workshop-kit/workshop-kit || {
  echo "frozen app: a page failed to open" >&2; exit 1; }
echo "frozen build: every page opens"
