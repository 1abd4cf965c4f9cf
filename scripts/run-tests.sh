#!/usr/bin/env bash
# Set everything up and run the whole test suite (lint, translations, pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check workshop_kit ui tests scripts benchmarks
echo "== translations"
.venv/bin/python scripts/i18n.py check
echo "== pytest"
exec .venv/bin/python -m pytest -q "$@"
