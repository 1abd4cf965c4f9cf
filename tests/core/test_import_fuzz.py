"""Any bytes given to the CSV importer end in a clear error or a valid import: no crash, no half write."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_kit import importing as I
from workshop_kit.errors import ValidationError

HEADER = "Nom;Prénom;Téléphone;Email;Consentement\r\n".encode()
cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
row = st.lists(cell, min_size=0, max_size=6).map(lambda cells: ";".join(cells))


def _run(db, workshop_id: str, data: bytes) -> None:
    before = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.csv"
        path.write_bytes(data)
        try:
            report = I.import_file(db, workshop_id, path, skip_invalid=True)
        except ValidationError as exc:
            assert str(exc)  # a message for the user
            report = None
    after = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    if report is None or not report.written:
        assert after == before
    else:
        assert after == before + report.imported
        assert report.imported + report.skipped == report.rows
        for e in report.errors:
            assert e.row >= 1 and e.column and e.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_random_bytes(db, demo, data: bytes) -> None:
    _run(db, demo.id, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row, max_size=8), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256", "latin-1"]))
def test_random_rows_under_a_real_header(db, demo, rows: list[str], encoding: str) -> None:
    text = HEADER.decode() + "\r\n".join(rows)
    _run(db, demo.id, text.encode(encoding, errors="replace"))
