"""A large file is read and imported row by row: memory does not grow with the file's size."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from workshop_kit import importing as I
from workshop_kit.errors import ValidationError
from workshop_kit.textnorm import _fold


@pytest.fixture
def workshop(db):
    from workshop_kit.workshops import create_workshop

    return create_workshop(db, title="Import", start="2026-03-10", days=2)[0]


def write_people(path: Path, n: int, start: int = 0) -> Path:
    lines = ["Nom;Prénom;Nom arabe;Téléphone;E-mail;Ville;Consentement"]
    lines += [f"Alaoui {i};Fatima {i % 97};العلوي;06 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 11;"
              f"p{i}@example.org;Rabat {i % 13};oui" for i in range(start, start + n)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def traced_peak(work) -> tuple[int, object]:
    """Peak of the Python memory allocated while ``work()`` runs, in bytes."""
    _fold.cache_clear()  # the same starting point for both files
    tracemalloc.start()
    try:
        result = work()
        return tracemalloc.get_traced_memory()[1], result
    finally:
        tracemalloc.stop()


def test_reading_a_csv_holds_neither_the_file_nor_its_rows(tmp_path) -> None:
    path = write_people(tmp_path / "big.csv", 30_000)  # 2.3 MB
    peak, table = traced_peak(lambda: I.read_file(path))
    assert table.headers[:2] == ["Nom", "Prénom"] and len(table.rows) == 30_000
    assert peak < 3_000_000, peak  # held whole: the bytes, the text and 30,000 rows of cells (≈ 30 MB)
    first = table.rows[:2]
    assert [n for n, _cells in first] == [2, 3] and first[0][1][:2] == ["Alaoui 0", "Fatima 0"]
    peak, count = traced_peak(lambda: sum(1 for _row in table.rows))
    assert count == 30_000 and peak < 3_000_000, peak
    assert list(table.rows)[-1][0] == 30_001  # the row number the spreadsheet shows


def test_importing_a_file_four_times_larger_needs_little_more_memory(db, workshop, tmp_path) -> None:
    small = write_people(tmp_path / "small.csv", 2_000)
    large = write_people(tmp_path / "large.csv", 8_000, start=2_000)
    peak_small, report = traced_peak(lambda: I.import_file(db, workshop.id, small))
    assert report.imported == 2_000
    peak_large, report = traced_peak(lambda: I.import_file(db, workshop.id, large))
    assert report.imported == 8_000 and report.enrolled == 8_000
    # Held whole, the 6,000 more rows cost ≈ 20 MB (cells, then checked rows); streamed, the in-file
    # duplicate keys and a few lists of ids remain.
    assert peak_large - peak_small < 6_000_000, (peak_small, peak_large)


def test_a_bad_byte_far_into_a_streamed_file_is_found_where_it_is(tmp_path) -> None:
    head = "Nom;Prénom arabe;Consentement\r\n".encode()
    rows = "".join(f"Alaoui {i};فاطمة;oui\r\n" for i in range(60_000)).encode()  # 1.4 MB, 2-byte letters
    path = tmp_path / "late.csv"
    path.write_bytes(head + rows + b"Bad \xff;x;oui\r\n")
    with pytest.raises(ValidationError, match=rf"not valid utf-8 text \(byte {len(head) + len(rows) + 4}\)"):
        I.read_file(path, encoding="utf-8")
    path.write_bytes(head + rows + b"A" * 200_000 + b";x;oui\r\n" + b"A;B;oui\r\n" * 3)  # a 200 kB cell
    with pytest.raises(ValidationError, match="Line 60002 of the file cannot be read as CSV"):
        I.read_file(path)  # refused when read, not later while importing


def test_a_workbook_is_read_once_and_its_rows_kept_compressed(tmp_path) -> None:
    """A workbook's rows are needed several times (header, checks, import): they are kept compressed,
    not as cells (≈ 1 KB a row), and come back the same, dates included."""
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inscrits")
    ws.append(["Nom", "Prénom", "Date de naissance", "Téléphone", "E-mail", "Ville", "Consentement"])
    for i in range(10_000):
        ws.append([f"Alaoui {i}", f"Fatima {i % 97}", datetime(1990, 1 + i % 12, 1 + i % 28), f"06 {i:08d}",
                   f"p{i}@example.org", f"Rabat {i % 13}", "oui"])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    _fold.cache_clear()
    tracemalloc.start()
    try:
        table = I.read_file(path)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert table.headers[:3] == ["Nom", "Prénom", "Date de naissance"] and len(table.rows) == 10_000
    assert held < 2_000_000, held  # as lists of cells: 6.1 MB
    rows = list(table.rows)
    assert rows[0] == (2, ["Alaoui 0", "Fatima 0", datetime(1990, 1, 1), "06 00000000", "p0@example.org", "Rabat 0", "oui"])
    assert rows[-1][0] == 10_001 and rows[-1][1][2] == datetime(1990, 1 + 9_999 % 12, 1 + 9_999 % 28)
    assert list(table.rows) == rows  # read again from the kept rows, the same


def write_with_duplicates(path: Path, n: int, tag: str) -> Path:
    """``n`` different people (names that repeat, as in a real list) and, at both ends of the file,
    rows that repeat an earlier row or a person already registered. Returns the file."""
    lines = ["Nom;Prénom;Nom arabe;Téléphone;E-mail;Ville;Consentement",
             f"Bennani {tag};Sara;;;;Fès;oui"]  # row 2: names alone
    lines += [f"Alaoui{tag} {i % 50};Fatima {i % 97};العلوي;06 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d} 1{tag};"
              f"p{i}{tag}@example.org;Rabat;oui" for i in range(n)]  # rows 3 … n + 2
    lines += [f"Autre {tag};Nom;;06 00 00 01 1{tag};autre{tag}@example.org;;oui",  # row 4's phone
              f"Alaoui{tag} 0 bis;Fatima;;;p0{tag}@example.org;;oui",  # row 3's e-mail
              f"Bennani {tag};Sara;;;;Fès;oui",  # row 2 again
              "Zerouali;O.;;;omar@example.org;;oui",  # a registered person's e-mail
              "Tazi;Nora;;;;;oui",  # a registered person's names
              f"Kabbaj {tag};Said;;06 99 99 99 03;said{tag}@example.org;;oui"]  # a registered person's phone
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def test_checking_duplicates_needs_no_memory_per_row_and_finds_them_all(db, workshop, tmp_path) -> None:
    """The keys that find duplicates (within the file, and among the people already registered) are
    looked up in SQLite, not held in Python: a file four times larger needs no more memory, and
    every duplicate is still reported with its row numbers."""
    registered = tmp_path / "registered.csv"
    registered.write_text("Nom;Prénom;Téléphone;E-mail;Consentement\r\nZerouali;Omar;06 99 99 99 01;omar@example.org;oui\r\n"
                          "Tazi;Nora;06 99 99 99 02;;oui\r\nKabbaj;Ali;06 99 99 99 03;ali@example.org;oui\r\n",
                          encoding="utf-8")
    assert I.import_file(db, workshop.id, registered).imported == 3
    ids = {name: pid for pid, name in db.execute("SELECT id, last_name FROM participants")}

    def expected(n: int) -> tuple[list[dict], list[dict]]:
        end = n + 3  # the first row after the n people
        return ([{"row": end + 1, "participant_id": None, "match": "row", "same_as_row": 3},
                 {"row": end + 2, "participant_id": None, "match": "row", "same_as_row": 2},
                 {"row": end + 3, "participant_id": ids["Zerouali"], "match": "email"},
                 {"row": end + 4, "participant_id": ids["Tazi"], "match": "name"}],
                [{"row": end, "participant_id": None, "same_as_row": 4, "match": "phone"},
                 {"row": end + 5, "participant_id": ids["Kabbaj"], "same_as_row": None, "match": "phone"}])

    peaks = []
    for n, tag in ((3_000, "1"), (12_000, "2")):
        table = I.read_file(write_with_duplicates(tmp_path / f"people{tag}.csv", n, tag))
        mapping = I.resolve_mapping(table.headers, None)
        peak, report = traced_peak(lambda t=table, m=mapping: I.import_table(db, workshop.id, t, mapping=m))
        assert (report.duplicates, report.possible_duplicates) == expected(n)
        assert report.imported == n + 3 and report.enrolled == n + 3  # the two people found were already
        peaks.append(peak)
    # Held in Python (the keys in dicts, the e-mails in the cache of folded text, the enrolment ids in
    # a list), the 9,000 more rows cost ≈ 7 MB.
    assert peaks[1] - peaks[0] < 600_000, peaks


def test_enrolment_ids_are_made_sorted_a_chunk_at_a_time() -> None:
    """The ids of 100,000 enrolments are handed out in order (the index grows at its end) without
    being held in a list: still unique random UUID4s."""
    import uuid

    ids = list(I.sorted_new_ids(5_001, chunk=1_000))
    assert ids == sorted(ids) and len(set(ids)) == 5_001
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids)
