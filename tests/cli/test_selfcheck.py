"""``selfcheck`` tells the truth about the system libraries Qt and Pillow load at run time.

A machine lacking a library is made for real: a folder on LD_LIBRARY_PATH holds an empty file under
the library's name, which the dynamic loader finds first and cannot load, exactly as when the
library is absent. The command runs in a child process, as a trainer would run it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader of Linux")


def selfcheck_without(tmp_path: Path, *libraries: str) -> tuple[int, dict[str, dict]]:
    broken = tmp_path / "broken-libs"
    broken.mkdir()
    for name in libraries:
        (broken / name).write_bytes(b"")
    env = {**os.environ, "LD_LIBRARY_PATH": str(broken)}
    done = subprocess.run([sys.executable, "-m", "workshop_kit", "selfcheck", "--json"],
                          capture_output=True, text=True, env=env, timeout=300)
    data = json.loads(done.stdout)
    assert data["ok"] == (done.returncode == 0)
    return done.returncode, {c["name"]: c for c in data["checks"]}


def installs(fix: str, package: str) -> bool:
    """The fix is the apt-get line that installs ``package`` (where apt-get exists)."""
    if not shutil.which("apt-get"):
        return True
    line = fix.partition("sudo apt-get install -y ")[2]
    return package in line.split()


@linux_only
def test_qt_that_cannot_load_fails_and_names_the_library_and_the_package(tmp_path):
    code, checks = selfcheck_without(tmp_path, "libxkbcommon.so.0")
    assert code == 1
    qt = checks["qt"]
    assert qt["required"] and not qt["ok"]
    assert "libxkbcommon.so.0" in qt["detail"]
    assert installs(qt["fix"], "libxkbcommon0")


@linux_only
def test_no_camera_backend_and_no_raqm_are_warnings_with_their_packages(tmp_path):
    code, checks = selfcheck_without(tmp_path, "libXrandr.so.2", "libfribidi.so.0")
    assert code == 0, "the app still runs: these are warnings"
    camera, arabic = checks["camera"], checks["arabic_layout"]
    assert not camera["ok"] and not camera["required"]
    assert "libXrandr.so.2" in camera["detail"] and installs(camera["fix"], "libxrandr2")
    assert not arabic["ok"] and not arabic["required"] and installs(arabic["fix"], "libfribidi0")
    assert checks["qt"]["ok"] and checks["qt_platform"]["ok"]


@linux_only
def test_a_desktop_qt_cannot_open_a_window_on_is_an_error(tmp_path):
    code, checks = selfcheck_without(tmp_path, "libxcb-cursor.so.0", "libwayland-cursor.so.0")
    platform = checks["qt_platform"]
    assert code == 1 and not platform["ok"]
    assert "libxcb-cursor.so.0" in platform["detail"] and installs(platform["fix"], "libxcb-cursor0")


def test_libreoffice_hint_names_the_package_the_scripts_install(monkeypatch, capsys):
    from workshop_kit.cli import main

    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr("workshop_kit.selfcheck.soffice_path", lambda: None)
    main(["selfcheck", "--json"])
    office = next(c for c in json.loads(capsys.readouterr().out)["checks"] if c["name"] == "libreoffice")
    assert not office["ok"] and "apt-get install libreoffice-writer-nogui" in office["fix"]


def test_library_names_map_to_debian_packages():
    from workshop_kit.selfcheck import debian_package, missing_libraries

    assert [debian_package(n) for n in (
        "libGL.so.1", "libEGL.so.1", "libxkbcommon.so.0", "libxkbcommon-x11.so.0", "libglib-2.0.so.0",
        "libdbus-1.so.3", "libXrandr.so.2", "libxcb-cursor.so.0", "libfribidi.so.0", "libpng16.so.16",
    )] == [
        "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libglib2.0-0",
        "libdbus-1-3", "libxrandr2", "libxcb-cursor0", "libfribidi0", "libpng16-16",
    ]
    error = ("Cannot load library /x/PySide6/Qt/plugins/platforms/libqxcb.so: "
             "(libxcb-cursor.so.0: cannot open shared object file: No such file or directory)")
    assert missing_libraries(error) == ["libxcb-cursor.so.0"]
    assert missing_libraries("/opt/lib/libEGL.so.1: file too short") == ["libEGL.so.1"]
