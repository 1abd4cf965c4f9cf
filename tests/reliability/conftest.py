"""Helpers for the reliability tests: real processes on one real data folder, bounded in time.

Each test starts Python processes (the command line, a script that keeps a connection open like the
app does, or the app's window offscreen) against the test's data folder, which they find through
``WORKSHOP_KIT_HOME`` (set by the root conftest).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 20  # seconds: no process of these tests may run longer


def env() -> dict[str, str]:
    values = dict(os.environ)
    values["QT_QPA_PLATFORM"] = "offscreen"
    values["PYTHONPATH"] = str(REPO)
    values["WORKSHOP_KIT_LANG"] = "en"
    return values


def cli(*args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Run ``workshop-kit ARGS`` in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "workshop_kit", *args],
        cwd=REPO, env=env(), capture_output=True, text=True, timeout=timeout,
    )


def cli_json(*args: str) -> tuple[int, object]:
    done = cli(*args, "--json")
    out = done.stdout.strip()
    return done.returncode, (json.loads(out) if out else {"stderr": done.stderr})


def script(code: str, *args: str) -> subprocess.Popen:
    """Start ``code`` in a new Python process (stdin/stdout are pipes, text mode, line buffered)."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=REPO, env=env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, bufsize=1,
    )


def run_script(code: str, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=REPO, env=env(), capture_output=True, text=True, timeout=timeout,
    )


def read_line(proc: subprocess.Popen, expect: str) -> str:
    """The next line the process prints; fails the test if it is not ``expect…``."""
    line = proc.stdout.readline().strip()
    if not line.startswith(expect):
        proc.kill()
        pytest.fail(f"expected {expect!r}, got {line!r}; stderr: {proc.stderr.read()[-3000:]}")
    return line


def finish(proc: subprocess.Popen, stdin: str = "", timeout: float = TIMEOUT) -> tuple[str, str]:
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"process still running after {timeout} s; stderr: {err[-3000:]}")
    return out, err


def integrity(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()


@pytest.fixture
def data_file(data_dir: Path) -> Path:
    from workshop_kit.paths import database_path

    return database_path(data_dir)
