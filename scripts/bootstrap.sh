#!/usr/bin/env bash
# Set up everything Workshop Kit needs on Debian/Ubuntu (system libraries for Qt, a virtual
# environment in .venv with the app installed). Safe to run again: it only does what is missing.
#   scripts/bootstrap.sh          # what the app needs
#   scripts/bootstrap.sh --test   # also what the test suite and the frozen build need
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
PYTHON=${PYTHON:-python3}

# Qt 6 (xcb and offscreen platforms, multimedia for the camera and sounds) and fonts.
APT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libpulse0 fonts-dejavu-core)
if [ "$mode" = "--test" ]; then
  # LibreOffice turns certificates into PDF; the PDF tests use it.
  APT_PACKAGES+=(libreoffice-writer-nogui)
fi

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "Python 3.11 or newer is needed: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Python 3.11 or newer is needed (found $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  APT_PACKAGES+=("python3-venv")
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Some system packages are missing. Install them with:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      echo "then run this command again." >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
extras="test"
[ "$mode" = "--test" ] && extras="test,build"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$extras"
if [ ! -f "$stamp" ]; then
  echo "Installing Workshop Kit and its Python dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -e ".[$extras]" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import workshop_kit, PySide6, docx, sqlite_utils" 
  rm -f .venv/.installed-*
  touch "$stamp"
fi
