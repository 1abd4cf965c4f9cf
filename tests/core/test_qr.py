"""QR codes: the one encoder (badges and certificates) and the one file reader (photos, scans, PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from workshop_kit.errors import ValidationError
from workshop_kit.qr import EC_BADGE, decode_file, qr_image, qr_picture

CERT_TEXT = "WKC1." + "A" * 600 + ".sig"  # a certificate code is long: error correction M keeps it scannable


def test_badge_and_certificate_codes_read_back(tmp_path: Path) -> None:
    badge = tmp_path / "badge.png"
    qr_image("WK1-ABCDEFGHJKMNPQRSTUVWXYZ23456789", box_size=6, border=2).save(badge)
    assert decode_file(badge) == ["WK1-ABCDEFGHJKMNPQRSTUVWXYZ23456789"]
    cert = tmp_path / "cert.png"
    cert.write_bytes(qr_picture(CERT_TEXT).data)
    assert decode_file(cert) == [CERT_TEXT]
    word = tmp_path / "badge-word.png"
    word.write_bytes(qr_picture("WK1-ABC", ec_level=EC_BADGE).data)
    assert decode_file(word) == ["WK1-ABC"]


def test_a_scanned_pdf_is_read_through_its_pictures(tmp_path: Path) -> None:
    page = Image.new("L", (1240, 1754), 255)  # an A4 page scanned at 150 dpi
    page.paste(qr_image(CERT_TEXT, box_size=4, border=4), (700, 1100))
    blank = Image.new("L", (1240, 1754), 255)
    pdf = tmp_path / "scan.pdf"
    blank.save(pdf, save_all=True, append_images=[page])  # the code is on the second page
    assert decode_file(pdf) == [CERT_TEXT]


def test_a_pdf_without_pictures_says_why_nothing_can_be_read(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    pdf = tmp_path / "vector.pdf"
    with open(pdf, "wb") as fh:
        writer.write(fh)
    with pytest.raises(ValidationError, match="no picture"):
        decode_file(pdf)


@pytest.mark.parametrize("content", [b"%PDF-1.7\n garbage", b"not a picture at all"])
def test_a_damaged_pdf_or_a_text_file_gets_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match="PNG or JPEG photo, or a PDF"):
        decode_file(path)
