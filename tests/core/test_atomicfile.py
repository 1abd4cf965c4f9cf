"""A writer that fails half-way leaves the previous file as it was and no temporary file behind."""

from __future__ import annotations

import pytest

from workshop_kit.atomicfile import atomic_path, write_bytes, write_text


def test_failure_keeps_the_previous_version(tmp_path):
    target = tmp_path / "exports" / "export.csv"
    write_text(target, "old,complete\n")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("new,half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old,complete\n"
    assert [p.name for p in target.parent.iterdir()] == ["export.csv"]


def test_success_replaces_and_creates_folders(tmp_path):
    target = tmp_path / "a" / "b" / "cert.docx"
    write_bytes(target, b"PK first")
    write_bytes(target, b"PK second")
    assert target.read_bytes() == b"PK second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["cert.docx"]
