"""The Certificates page over the real database: make certificates, verify one, send the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

from tests.certhelpers import attend_demo
from tests.core.test_outbox import HangsUpAfterAccepting, Recorder, _free_port


@pytest.fixture
def page(qtbot, window, demo, db, services):
    attend_demo(db, demo.id)
    window.reload_workshops()
    services.state.set_workshop(demo.id)
    page = window.show_section("certificates")
    page.refresh()
    return page


def test_page_lists_who_is_eligible_and_why_not(page) -> None:
    rows = page.make_tab.people_model.rows
    assert len(rows) == 12
    youssef = next(r for r in rows if r["name"] == "Youssef Benali")
    assert youssef["status"].startswith("not eligible: attended 2 of 6")
    assert "11 of 12 participants" in page.make_tab.rule_label.text()


def test_make_certificates_with_progress_then_verify_the_code(qtbot, page, tmp_path: Path) -> None:
    page.make_tab.folder.setText(str(tmp_path / "out"))
    page.make_tab.pdf.setChecked(False)
    page.make_tab.generate_button.click()
    assert page.make_tab.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.make_tab.task is None, timeout=30000)
    assert "11 certificates made" in page.make_tab.result_label.text()
    files = sorted((tmp_path / "out").glob("*.docx"))
    assert len(files) == 12  # 11 certificates + the print file
    assert len(Document(str(tmp_path / "out" / "certificates-print.docx")).sections) == 11
    fatima = next(r for r in page.make_tab.people_model.rows if r["name"] == "Fatima El Idrissi")
    assert fatima["number"] and fatima["code"]
    page.tabs.setCurrentIndex(1)
    page.verify_tab.code_edit.setText(fatima["code"])
    page.verify_tab.verify_code()
    assert page.verify_tab.verdict.text().startswith("✔")
    assert "Fatima El Idrissi" in page.verify_tab.details.text()
    page.verify_tab.code_edit.setText("ZZZZ-ZZZZ")
    page.verify_tab.verify_code()
    assert page.verify_tab.verdict.text().startswith("✘")


def test_verify_a_picture_of_a_qr_code(page, db, services, tmp_path: Path) -> None:
    from workshop_kit import certificates, qr

    cert = certificates.generate(db, services.data_dir, services.state.current_workshop_id, tmp_path / "o").issued[0]
    png = tmp_path / "scan.png"
    png.write_bytes(qr.qr_picture(cert.qr).data)
    page.verify_tab.verify_image(str(png))
    assert page.verify_tab.verdict.text().startswith("✔") and cert.number in page.verify_tab.details.text()
    # the same certificate scanned to PDF (the code is a picture on the page)
    from PIL import Image

    sheet = Image.new("L", (1240, 1754), 255)
    sheet.paste(qr.qr_image(cert.qr, box_size=3, ec_level=qr.EC_CERTIFICATE), (800, 1200))
    pdf = tmp_path / "scan.pdf"
    sheet.save(pdf)
    page.verify_tab.code_edit.clear()
    page.verify_tab.verify_image(str(pdf))
    assert page.verify_tab.verdict.text().startswith("✔") and page.verify_tab.code_edit.text() == cert.qr


def test_queue_and_send_through_the_outbox(qtbot, page, db, services, tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    db.execute("UPDATE participants SET email = 'fatima@example.org' WHERE first_name = 'Fatima'")
    recorder = Recorder()
    port = _free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        services.save_settings(smtp={"host": "127.0.0.1", "port": port, "security": "none",
                                     "from_addr": "certificats@tadamon.ma"})
        page.make_tab.folder.setText(str(tmp_path / "out"))
        page.make_tab.pdf.setChecked(False)
        page.make_tab.generate_button.click()
        qtbot.waitUntil(lambda: page.make_tab.task is None, timeout=30000)
        page.make_tab.queue_button.click()
        assert page.tabs.currentIndex() == 2
        assert "1 message queued" in page.make_tab.result_label.text()
        assert page.outbox_tab.send_button.isEnabled()
        page.outbox_tab.send_button.click()
        qtbot.waitUntil(lambda: len(recorder.messages) == 1, timeout=15000)
        qtbot.waitUntil(lambda: page.outbox_tab.outbox_model.rows and page.outbox_tab.outbox_model.rows[0]["status"] == "sent", timeout=15000)
    finally:
        controller.stop()


def test_a_message_whose_reply_was_lost_shows_uncertain_and_the_user_decides(qtbot, page, db, services,
                                                                             tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    db.execute("UPDATE participants SET email = 'fatima@example.org' WHERE first_name = 'Fatima'")
    recorder = HangsUpAfterAccepting()
    port = _free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        services.save_settings(smtp={"host": "127.0.0.1", "port": port, "security": "none",
                                     "from_addr": "certificats@tadamon.ma", "timeout": 10})
        page.make_tab.folder.setText(str(tmp_path / "out"))
        page.make_tab.pdf.setChecked(False)
        page.make_tab.generate_button.click()
        qtbot.waitUntil(lambda: page.make_tab.task is None, timeout=30000)
        page.make_tab.queue_button.click()
        page.outbox_tab.send_button.click()
        qtbot.waitUntil(lambda: page.outbox_tab.outbox_model.rows and page.outbox_tab.outbox_model.rows[0]["status"] == "uncertain",
                        timeout=15000)
        row = page.outbox_tab.outbox_model.rows[0]
        assert row["status_text"] == "uncertain" and "may have been delivered" in row["last_error"]
        assert "1 uncertain" in page.outbox_tab.counts_label.text()
        assert len(recorder.messages) == 1 and not page.outbox_tab.send_button.isEnabled()
        page.outbox_tab.outbox_view.setCurrentIndex(page.outbox_tab.outbox_model.index(0, 0))
        page.outbox_tab.mark_sent_button.click()
        assert page.outbox_tab.outbox_model.rows[0]["status"] == "sent"
        assert len(recorder.messages) == 1
    finally:
        controller.stop()


def test_arabic_layout(qtbot, qapp, services, demo, db) -> None:
    from ui.i18n import apply_language
    from ui.pages.certificates import CertificatesPage

    attend_demo(db, demo.id)
    services.state.set_workshop(demo.id)
    apply_language(qapp, "ar")
    page = CertificatesPage(services)
    qtbot.addWidget(page)
    assert page.layoutDirection() == Qt.RightToLeft
    assert page.tabs.tabText(1) != "Verify"  # translated
    assert page.make_tab.folder.layoutDirection() == Qt.LeftToRight


@pytest.mark.skipif(__import__("workshop_kit.selfcheck", fromlist=["x"]).soffice_path() is None,
                    reason="LibreOffice not installed")
def test_preview_shows_the_template_filled_with_sample_data(qtbot, page) -> None:
    from ui.pages.certificates import PreviewDialog

    page.make_tab.template_combo.setCurrentIndex(1)  # Arabic
    page.make_tab.preview_button.click()
    qtbot.waitUntil(lambda: bool(page.findChildren(PreviewDialog)), timeout=60000)
    dialog = page.findChildren(PreviewDialog)[0]
    assert dialog.document.pageCount() == 1
    dialog.close()


def test_revoke_from_the_list_and_queue_from_a_folder(qtbot, page, db, services, tmp_path: Path) -> None:
    from workshop_kit import certificates

    db.execute("UPDATE participants SET email = 'fatima@example.org' WHERE first_name = 'Fatima'")
    certificates.generate(db, services.data_dir, services.state.current_workshop_id, tmp_path / "made")
    page.refresh()
    row = next(i for i, r in enumerate(page.make_tab.people_model.rows) if r["name"] == "Aminata Diallo")
    page.make_tab.people_view.setCurrentIndex(page.make_tab.people_model.index(row, 0))
    page.make_tab.revoke_selected("duplicate certificate")
    aminata = next(r for r in page.make_tab.people_model.rows if r["name"] == "Aminata Diallo")
    assert aminata["revoked"] and aminata["status"] == "revoked"
    page.make_tab.queue_from_folder(str(tmp_path / "made"))
    assert "1 message queued" in page.make_tab.result_label.text()
    assert [r["to_addr"] for r in page.outbox_tab.outbox_model.rows] == ["fatima@example.org"]


def test_verify_a_certificate_held_up_to_the_camera(qtbot, page, db, services, tmp_path: Path) -> None:
    """Camera frames of a printed certificate's QR code verify it, through the same decoder as the door."""
    from PIL import Image

    from tests.photos import photographed
    from tests.ui.test_camera_decoder import yuv_frame
    from ui.checkin_camera import CameraScanner
    from workshop_kit import certificates, qr

    page.tabs.setCurrentIndex(1)
    page.verify_tab.verify_camera.button.setChecked(True)  # no camera on this machine: it says what to do instead
    assert "No camera found" in page.verify_tab.verify_camera.message.text() and "short code" in page.verify_tab.verify_camera.message.text()
    cert = certificates.generate(db, services.data_dir, services.state.current_workshop_id, tmp_path / "o").issued[0]
    png = tmp_path / "qr.png"
    png.write_bytes(qr.qr_picture(cert.qr).data)
    scanner = CameraScanner(repeat_seconds=60)
    scanner.codeRead.connect(page.verify_tab.verify_camera.codeRead)
    try:
        with qtbot.waitSignal(page.verify_tab.verify_camera.codeRead, timeout=5000):
            scanner.offer(yuv_frame(photographed(Image.open(png).convert("RGB"), angle=8, blur=0.8, card_width=0.4)))
        assert page.verify_tab.verdict.text().startswith("✔") and cert.number in page.verify_tab.details.text()
        assert page.verify_tab.code_edit.text() == cert.qr
    finally:
        scanner.stop()


def test_publish_the_verification_page_from_the_app(page, services, tmp_path: Path, qtbot) -> None:
    from workshop_kit import certificates

    page.verify_tab.write_verify_page(str(tmp_path / "site"), "https://asso.example.org/verify.html")
    assert not (tmp_path / "site" / "verify.html").exists()  # a job: written after the click returns
    qtbot.waitUntil(lambda: getattr(page.verify_tab, "last_verify_page", None) is not None, timeout=20000)
    assert (tmp_path / "site" / "verify.html").exists()
    assert "verify.html" in page.verify_tab.details.text()
    cert = certificates.generate(services.db, services.data_dir, services.state.current_workshop_id,
                                 tmp_path / "o").issued[0]
    assert cert.qr.startswith("https://asso.example.org/verify.html#WKC1.")  # new QR codes open the page
    page.verify_tab.code_edit.setText(cert.qr)
    page.verify_tab.verify_code()
    assert page.verify_tab.verdict.text().startswith("✔")
