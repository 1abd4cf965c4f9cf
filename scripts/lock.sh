#!/usr/bin/env bash
# Make the lock files again from pyproject.toml's ranges: exact versions with their hashes, for
# Linux, Windows and macOS and every Python from 3.11 on. bootstrap.sh, CI and the frozen build
# install from them, so a new release (PySide6 6.12 broke the app once) reaches nobody untested.
# After running it: run the tests, then commit pyproject.toml and both .lock files together.
#   scripts/lock.sh              # keep the locked versions that still fit pyproject.toml
#   scripts/lock.sh --upgrade    # take the newest versions that fit
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || scripts/bootstrap.sh
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q "uv>=0.5" 2>&1 | grep -v "^WARNING: Location" || true
common=(--universal --python-version 3.11 --generate-hashes --quiet --custom-compile-command scripts/lock.sh "$@")
# The app alone (what a trainer's machine gets), then tests and the frozen build on top of the same versions.
.venv/bin/uv pip compile pyproject.toml "${common[@]}" -o requirements.lock
.venv/bin/uv pip compile pyproject.toml --extra test --extra build -c requirements.lock "${common[@]}" -o requirements-dev.lock
echo "requirements.lock and requirements-dev.lock written"
