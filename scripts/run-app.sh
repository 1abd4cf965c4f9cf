#!/usr/bin/env bash
# Set everything up, create the demo workshop on first use, and open Workshop Kit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
.venv/bin/workshop-kit demo --if-empty
if [ "$(uname)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No graphical display found (DISPLAY is not set). Run this from a desktop session." >&2
  exit 1
fi
exec .venv/bin/workshop-kit "$@"
