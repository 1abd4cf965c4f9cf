"""Per-data-folder settings (``settings.json`` beside the database), written atomically.

Secrets are never stored here: the SMTP password goes to the OS keyring where one exists.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .changes import writes

FILENAME = "settings.json"

DEFAULTS: dict[str, Any] = {
    "language": "fr",
    "organisation_name": "",
    "organisation_name_ar": "",  # printed on Arabic documents; empty: the name above
    "organisation_logo": "",
    "backup_interval_minutes": 15,
    "backup_keep": 10,
    "hidden_fields": [],
    "retention_months": 24,
    "eu_mention": True,
    "checkin_sounds": True,
    "smtp": {},
    "verify_url": "",  # where verify.html is published; certificate QR codes open it
}


def settings_path(data_dir: Path) -> Path:
    return data_dir / FILENAME


def load(data_dir: Path) -> dict[str, Any]:
    """Settings with defaults filled in; a damaged file falls back to defaults (and is kept aside)."""
    path = settings_path(data_dir)
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (ValueError, OSError):
            path.replace(path.with_suffix(".json.damaged"))
            data = {}
    return {**DEFAULTS, **data}


@writes(settings=True)
def save(data_dir: Path, values: dict[str, Any]) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = settings_path(data_dir)
    from .atomicfile import write_text

    write_text(path, json.dumps(values, ensure_ascii=False, indent=2))


def update(data_dir: Path, **changes: Any) -> dict[str, Any]:
    values = load(data_dir)
    values.update(changes)
    save(data_dir, values)
    return values
