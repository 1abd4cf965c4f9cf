#!/usr/bin/env bash
# Set up everything Workshop Kit needs on Debian/Ubuntu (system libraries for Qt, a virtual
# environment in .venv with the app installed from the lock file). Safe to run again: it only does
# what is missing. Nothing is left to what a machine happens to have: a pristine Debian 12 with
# python3 is enough (CI checks exactly that, see README).
#   scripts/bootstrap.sh          # what the app needs (run-app.sh)
#   scripts/bootstrap.sh --test   # also what the test suite and the frozen build need
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
PYTHON=${PYTHON:-python3}

# The app: Qt 6 (X11, Wayland and offscreen platforms), Qt Multimedia for the camera and the check-in sounds
# (it finds no backend without libxrandr2), Pillow's Arabic text layout for badge pictures
# (libfribidi0), fonts.
APP_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libwayland-cursor0
  libwayland-egl1 libxrandr2 libpulse0 libfribidi0 fonts-dejavu-core)
# Only the tests and the frozen build: LibreOffice for the PDF tests, Chromium for the verification
# page tests (driven by Playwright, whose driver needs libatomic1; no browser download), binutils for
# PyInstaller (and, below, the shared libpython it bundles), xkb-data and x11proto-dev (keysymdef.h) for
# the real Arabic key map the scanner tests read. A trainer's machine does not get them.
TEST_PACKAGES=(libreoffice-writer-nogui binutils chromium libatomic1 xkb-data x11proto-dev)

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "Python 3.11 or newer is needed: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Python 3.11 or newer is needed (found $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi

packages=("${APP_PACKAGES[@]}")
if [ "$mode" = "--test" ]; then
  packages+=("${TEST_PACKAGES[@]}")
  # PyInstaller bundles Python's shared library; Debian's python3 ships it separately.
  if [[ "$(readlink -f "$(command -v "$PYTHON")")" == /usr/bin/* ]]; then
    packages+=("libpython$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
  fi
fi
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=("python3-venv")
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${packages[@]}"; do
    # Debian 13 and Ubuntu 24.04 renamed some libraries (libglib2.0-0t64): either name will do.
    status=$(dpkg-query -W -f='${Status}\n' "$pkg" "${pkg}t64" 2>/dev/null || true)
    [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing system packages: ${missing[*]}"
      log=$(mktemp)
      export DEBIAN_FRONTEND=noninteractive
      if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "Installing the system packages failed (apt-get's output above)." >&2
        rm -f "$log"
        exit 1
      fi
      rm -f "$log"
    else
      echo "Some system packages are missing. Install them with:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      echo "then run this command again." >&2
      exit 1
    fi
  fi
fi

# pip, without the notes some machines' pip configuration adds about index folders they lack.
pip_quiet() {
  local out rc=0
  out=$(.venv/bin/python -m pip "$@" 2>&1) || rc=$?
  printf '%s\n' "$out" | grep -v -e "^WARNING: Location '.*' is ignored" -e '^$' >&2 || true
  return $rc
}

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
# Exact versions with hashes (scripts/lock.sh makes the lock files from pyproject.toml's ranges).
kind=app; lock=requirements.lock
[ "$mode" = "--test" ] && kind=dev && lock=requirements-dev.lock
stamp=".venv/.installed-$kind-$(cat pyproject.toml "$lock" | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing Workshop Kit and its Python dependencies ($lock) into .venv"
  pip_quiet install -q --disable-pip-version-check --require-hashes -r "$lock"
  # setuptools says at every editable install that it made one; nothing to act on.
  PYTHONWARNINGS="ignore:Editable installation:UserWarning" pip_quiet install -q --no-deps -e .
  .venv/bin/python -c "import workshop_kit, PySide6, docx, sqlite_utils, lxml"
  rm -f .venv/.installed-"$kind"-* .venv/.installed-*-test .venv/.installed-*,*  # and older kinds of stamp
  touch "$stamp"
  if [ "$kind" = dev ]; then  # the dev lock holds the app's versions too
    rm -f .venv/.installed-app-*
    touch ".venv/.installed-app-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)"
  fi
fi
