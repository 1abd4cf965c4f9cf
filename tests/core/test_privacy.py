"""Erasure keeps anonymous counts; access export; retention."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document

from workshop_kit import audit, privacy
from workshop_kit import participants as P
from workshop_kit.attendance import eligibility
from workshop_kit.db import new_id, now_iso
from workshop_kit.errors import ValidationError
from workshop_kit.workshops import create_workshop, list_sessions, list_workshops


def _attend_all(db, workshop_id):
    for s in list_sessions(db, workshop_id):
        for p in P.enrolled(db, workshop_id):
            db.execute("INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
                       " VALUES (?, ?, ?, 'present', ?, ?)", [new_id(), s.id, p.id, now_iso(), now_iso()])


def test_erase_removes_personal_data_and_keeps_counts(db, demo) -> None:
    _attend_all(db, demo.id)
    person = [p for p in P.enrolled(db, demo.id) if p.first_name == "Fatima"][0]
    P.update_participant(db, person.id, email="fatima@example.org", phone="0612345678")
    db.execute("INSERT INTO outbox (id, participant_id, to_addr, subject, body, message_id, created_at, updated_at)"
               " VALUES (?, ?, 'fatima@example.org', 'Certificat Fatima', 'Bonjour Fatima', 'm1', ?, ?)",
               [new_id(), person.id, now_iso(), now_iso()])
    before_stats = [(e.attended, e.eligible) for e in eligibility(db, demo.id)]
    before_count = list_workshops(db)[0]["participant_count"]

    erased = privacy.erase_participant(db, person.id, actor="coordinator")

    assert erased.erased_at and erased.first_name is None and erased.email is None and erased.phone is None
    row = next(db.query("SELECT * FROM participants WHERE id = ?", [person.id]))
    assert all(row[f] is None for f in P.PERSONAL_FIELDS) and row["search_text"] == ""
    assert [(e.attended, e.eligible) for e in eligibility(db, demo.id)] == before_stats
    assert list_workshops(db)[0]["participant_count"] == before_count
    dump = "\n".join(str(r) for r in db.execute("SELECT * FROM outbox").fetchall())
    dump += "\n".join(str(r) for r in db.execute("SELECT * FROM audit_log").fetchall())
    assert "fatima" not in dump.lower() and "0612345678" not in dump
    assert [e["action"] for e in audit.entries(db, "participant", person.id)][-1] == "erase"
    assert P.query_participants(db, "fatima") == []
    assert erased.display_name() == "Erased participant"
    with pytest.raises(ValidationError, match="already erased"):
        privacy.erase_participant(db, person.id)


def test_access_export_is_a_readable_document_in_the_persons_language(db, demo, tmp_path) -> None:
    _attend_all(db, demo.id)
    person = [p for p in P.enrolled(db, demo.id) if p.first_name_ar == "خديجة"][0]
    P.update_participant(db, person.id, language="ar")
    path = privacy.export_personal_data(db, person.id, tmp_path / "khadija.docx")
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "خديجة" in cells and "العلوي" in cells and demo.title in cells
    assert "المغرب" in cells  # nationality written out in Arabic
    assert text.strip()
    from workshop_kit.docxutil import is_rtl_paragraph

    assert is_rtl_paragraph(doc.paragraphs[0])
    fr = privacy.export_personal_data(db, person.id, tmp_path / "fr.docx", lang="fr")
    assert "Maroc" in "\n".join(c.text for t in Document(str(fr)).tables for r in t.rows for c in r.cells)


def test_retention_offers_only_people_of_long_finished_workshops(db) -> None:
    old, _ = create_workshop(db, title="2023", start="2023-01-10")
    recent, _ = create_workshop(db, title="2026", start="2026-05-10")
    a = P.add_participant(db, first_name="Ancien", consent_data=True)
    b = P.add_participant(db, first_name="Both", consent_data=True)
    c = P.add_participant(db, first_name="Recent", consent_data=True)
    P.enrol(db, old.id, a.id)
    P.enrol(db, old.id, b.id)
    P.enrol(db, recent.id, b.id)
    P.enrol(db, recent.id, c.id)
    today = date(2026, 6, 1)
    assert privacy.retention_candidates(db, 24, today) == [a.id]
    assert privacy.anonymise_expired(db, 24, actor="t", today=today) == 1
    assert P.get_participant(db, a.id).erased_at and not P.get_participant(db, b.id).erased_at
    assert privacy.retention_candidates(db, 24, today) == []


def test_erasure_inside_a_callers_transaction_commits_with_it(db, demo) -> None:
    person = P.enrolled(db, demo.id)[0]
    with db.atomic():
        privacy.erase_participant(db, person.id)
    assert P.get_participant(db, person.id).erased_at
