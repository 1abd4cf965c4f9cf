#!/usr/bin/env bash
# Set everything up and run the whole test suite (lint, type checks, translations, pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check workshop_kit ui tests scripts benchmarks
echo "== mypy (the core, workshop_kit/; settings in pyproject.toml)"
.venv/bin/mypy
echo "== translations"
.venv/bin/python scripts/i18n.py check
echo "== pytest"
exec .venv/bin/python -m pytest -q "$@"
