"""The Programme page, clicked as a coordinator would, in French and in Arabic: choose the inbox folder,
scan it (bundles from three real laptops), filter the dashboard, export Excel and Word."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.programmehelpers import make_laptops, trust_laptops

TEXTS = {
    "fr": {"section": "Programme", "scan": "Analyser la boîte de dépôt", "merged": "fusionné",
           "known": "déjà connu", "refused": "refusé", "held": "Ateliers tenus"},
    "ar": {"section": "البرنامج", "scan": "فحص صندوق الوارد", "merged": "دُمج",
           "known": "معروف من قبل", "refused": "مرفوض", "held": "الورشات المنعقدة"},
}


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    return make_laptops(tmp_path_factory.mktemp("laptops"))


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_coordinator_scans_the_inbox_filters_and_exports(qtbot, qapp, window, services, data_dir, laptops,
                                                        tmp_path, monkeypatch, lang):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, lang)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    texts = TEXTS[lang]
    row = [win.nav.item(i).text() for i in range(win.nav.count())].index(texts["section"])
    win.nav.setCurrentRow(row)
    page = win.page("programme")
    assert page.layoutDirection() == (Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
    assert not page.scan_button.isEnabled()  # no folder yet
    hint = win.minimumSizeHint()  # fits a 1366×768 laptop, in Arabic too
    assert hint.width() <= 1366 and hint.height() <= 720

    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    box.mkdir()
    for path in (laptops.a, laptops.b, laptops.c):
        shutil.copyfile(path, box / path.name)
    shutil.copyfile(laptops.a, box / "copie.zip")
    (box / "cassé.zip").write_bytes(laptops.b.read_bytes()[:-200])  # a truncated copy
    (box / ".syncthing.rabat.zip.tmp").write_bytes(laptops.a.read_bytes())
    import os
    import time

    old = time.time() - 600
    for p in box.iterdir():
        os.utime(p, (old, old))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(box))
    page.choose_button.click()
    assert page.scan_button.isEnabled() and page.scan_button.text() == texts["scan"]
    page.scan_button.click()
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=30000)
    assert page.last_scan.counts() == {"merged": 3, "known": 1, "refused": 1, "waiting": 0}
    shown = {page.scan_table.item(r, 1).text() for r in range(page.scan_table.rowCount())}
    assert shown == {texts["merged"], texts["known"], texts["refused"]}
    assert page.scan_table.rowCount() == 5  # the sync engine's temporary file is not even listed

    qtbot.waitUntil(lambda: not page.busy and page.current is not None
                    and page.current.report.reached == 5, timeout=30000)
    values = [v.text().strip("\u2066\u2069") for v, _c in page.figure_labels]  # LRI … PDI
    captions = [c.text() for _v, c in page.figure_labels]
    assert values[:3] == ["2", "3", "5"] and captions[0] == texts["held"]

    page.city.setCurrentIndex(page.city.findData("Oujda"))
    qtbot.waitUntil(lambda: not page.busy and page.current.filters.city == "Oujda", timeout=30000)
    assert [w["title"] for w in page.current.report.workshops] == ["Oujda avril"]
    assert page.gain_table.rowCount() == 1 and page.gain_table.item(0, 4).text().strip("\u2066\u2069") == "+30.0"

    xlsx, docx = tmp_path / f"programme-{lang}.xlsx", tmp_path / f"programme-{lang}.docx"
    for button, target in ((page.export_buttons["xlsx"], xlsx), (page.export_buttons["docx"], docx)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        button.click()
        qtbot.waitUntil(target.exists, timeout=30000)
        qtbot.waitUntil(lambda: page.export_buttons["xlsx"].isEnabled(), timeout=30000)
    summary = [r for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True) if r and r[0]]
    assert (texts["held"], 1) in summary
    assert "Oujda" in "\n".join(p.text for p in Document(str(docx)).paragraphs)
    from ui.workers import wait_all

    wait_all(10000)


def test_opening_the_page_scans_the_inbox_by_itself(qtbot, window, data_dir, laptops, tmp_path):
    from workshop_kit import inbox

    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copyfile(laptops.c, box / "rabat-juin.zip")
    import os

    os.utime(box / "rabat-juin.zip", (1, 1))
    inbox.set_inbox_folder(data_dir, box)
    window.show()
    page = window.show_section("programme")
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=30000)
    assert page.last_scan.counts()["merged"] == 1
    assert page.auto_scan.isActive()
    qtbot.waitUntil(lambda: "Rabat juin" in [window.workshop_combo.itemText(i).split(" — ")[0]
                                             for i in range(window.workshop_combo.count())], timeout=10000)
    window.show_section("settings")
    assert not page.auto_scan.isActive()
    from ui.workers import wait_all

    wait_all(10000)


def test_trust_the_laptop_of_a_bundle_refused_for_its_unknown_signer(qtbot, services, data_dir, laptops, tmp_path,
                                                                     monkeypatch):
    from ui.pages.programme import ProgrammePage
    from workshop_kit import inbox

    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copyfile(laptops.c, box / "rabat-juin.zip")
    import os

    os.utime(box / "rabat-juin.zip", (1, 1))
    inbox.set_inbox_folder(data_dir, box)
    page = ProgrammePage(services)
    qtbot.addWidget(page)
    page.scan_button.click()
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=30000)
    assert page.last_scan.counts()["refused"] == 1 and not page.trust_button.isEnabled()
    page.scan_table.selectRow(0)
    assert page.trust_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    first = page.last_scan
    page.trust_button.click()
    qtbot.waitUntil(lambda: page.last_scan is not first, timeout=30000)
    assert page.last_scan.counts()["merged"] == 1
    assert page.last_scan.entries[0].signer in asked[0]
    from ui.workers import wait_all

    wait_all(10000)


def test_changes_elsewhere_are_counted_when_the_page_is_shown_again(qtbot, window, services, demo, db):
    from workshop_kit import attendance

    window.show()
    page = window.show_section("programme")
    qtbot.waitUntil(lambda: not page.busy and page.current is not None, timeout=30000)
    assert page.current.report.reached == 0
    window.show_section("checkin")
    g = attendance.grid(db, demo.id)
    generation = page._generation
    with services.state.recording():  # what the door screen does with each scan
        for row in g.rows[:4]:
            attendance.set_status(db, g.sessions[0].id, row.participant.id, "present")
    assert page._generation == generation  # hidden: nothing recounted now
    window.show_section("programme")
    qtbot.waitUntil(lambda: not page.busy and page.current.report.reached == 4, timeout=30000)
    from ui.workers import wait_all

    wait_all(10000)
