"""The camera path without a camera: video frames built from photographed-looking badges the app rendered."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from tests.photos import photographed
from ui.checkin_camera import CameraScanner, FrameDecoder, frame_pixels
from workshop_kit.badge_cards import write_badge_pngs
from workshop_kit.qr import qr_image


def rgb_frame(img: Image.Image) -> QVideoFrame:
    """A 32-bit RGB frame (what some cameras and screen grabs give)."""
    rgb = img.convert("RGB")
    qimg = QImage(rgb.tobytes("raw", "RGB"), rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    frame = QVideoFrame(qimg.convertToFormat(QImage.Format.Format_RGB32))
    assert frame.pixelFormat() == QVideoFrameFormat.PixelFormat.Format_BGRX8888
    return frame


def yuv_frame(img: Image.Image, fmt=QVideoFrameFormat.PixelFormat.Format_NV12) -> QVideoFrame:
    """A frame as webcams send it: NV12 (Y plane + interleaved UV) or YUYV (packed)."""
    grey = img.convert("L")
    w, h = grey.size
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    y = grey.tobytes()
    stride = frame.bytesPerLine(0)
    plane = frame.bits(0)
    if fmt == QVideoFrameFormat.PixelFormat.Format_YUYV:
        row = bytearray(stride)
        for r in range(h):
            row[0 : 2 * w : 2] = y[r * w : (r + 1) * w]
            row[1 : 2 * w : 2] = b"\x80" * w
            plane[r * stride : r * stride + stride] = row
    else:
        for r in range(h):
            plane[r * stride : r * stride + w] = y[r * w : (r + 1) * w]
        uv = frame.bits(1)
        uv[:] = b"\x80" * len(uv)
    frame.unmap()
    return frame


@pytest.fixture
def badge_cards(db, demo, tmp_path):
    from workshop_kit.qr import decode_file

    files = write_badge_pngs(db, demo.id, tmp_path / "png")[:4]
    return [(Image.open(f).copy(), decode_file(f)[0]) for f in files]


def decode_now(frame: QVideoFrame) -> list[str]:
    decoder = FrameDecoder()
    out: list[list[str]] = []
    decoder.done.connect(lambda texts, _ms: out.append(texts))
    decoder.decode(frame)
    return out[0]


SHOTS = [
    {"angle": 0},
    {"angle": 12, "blur": 1.0},
    {"angle": -28, "tilt": 0.2, "blur": 1.5},
    {"angle": 65, "tilt": 0.12, "blur": 2.0},
    {"angle": 180, "blur": 1.2, "card_width": 0.35},
]


@pytest.mark.parametrize("shot", SHOTS, ids=lambda s: "-".join(f"{k}{v}" for k, v in s.items()))
def test_decoder_reads_photographed_badges_from_webcam_frames(badge_cards, shot):
    for i, (card, token) in enumerate(badge_cards[:2]):
        picture = photographed(card, seed=i, **shot)
        assert decode_now(yuv_frame(picture)) == [token]
        assert decode_now(rgb_frame(picture)) == [token]


def test_packed_yuyv_frames_are_read_from_their_luminance(badge_cards):
    card, token = badge_cards[0]
    picture = photographed(card, angle=8, blur=1.0)
    frame = yuv_frame(picture, QVideoFrameFormat.PixelFormat.Format_YUYV)
    _data, w, h, layout, stride, step = frame_pixels(frame)
    assert (w, h, layout, step) == (1280, 720, "Lum", 2) and stride >= 2 * w
    assert decode_now(frame) == [token]


def test_frame_without_badge_reads_nothing():
    empty = photographed(Image.new("RGB", (400, 250), "white"))
    assert decode_now(yuv_frame(empty)) == []


def test_frames_are_dropped_while_busy_and_a_held_badge_counts_once(qtbot, badge_cards):
    card, token = badge_cards[0]
    frame = yuv_frame(photographed(card, angle=10, blur=1.0))
    scanner = CameraScanner(repeat_seconds=60)
    try:
        reads: list[str] = []
        scanner.codeRead.connect(reads.append)
        with qtbot.waitSignal(scanner.codeRead, timeout=5000):
            assert scanner.offer(frame) is True
            assert scanner.offer(frame) is False  # still decoding the first: dropped, not queued
        assert scanner.dropped >= 1
        for _ in range(5):  # the badge stays in front of the camera
            qtbot.waitUntil(lambda: not scanner.busy, timeout=5000)
            scanner.offer(frame)
        qtbot.waitUntil(lambda: not scanner.busy, timeout=5000)
        assert reads == [token]
        assert scanner.decoded == 6 and scanner.decode_ms
    finally:
        scanner.stop()


def test_camera_codes_check_in_through_the_page(qtbot, demo, window, services, badge_cards, db):
    window._painted = True  # no deferred start-up backup in this test
    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.session_combo.setCurrentIndex(1)
    scanner = CameraScanner(repeat_seconds=60)
    scanner.codeRead.connect(lambda text: page.scan(text, "camera"))
    try:
        card, token = badge_cards[1]
        with qtbot.waitSignal(page.checkedIn, timeout=5000) as sig:
            scanner.offer(yuv_frame(photographed(card, angle=-15, tilt=0.1, blur=1.2)))
        assert sig.args[0].status == "checked_in"
        assert page.result_frame.property("colour") == ("late" if sig.args[0].late else "green")
        assert db.execute("SELECT method FROM attendance").fetchall() == [("camera",)]
        # Someone holds up a QR code from another system: red, nothing recorded.
        foreign = qr_image("https://example.org/ticket/12345", box_size=8)
        qtbot.waitUntil(lambda: not scanner.busy, timeout=5000)
        with qtbot.waitSignal(page.checkedIn, timeout=5000) as sig:
            scanner.offer(yuv_frame(photographed(foreign, angle=5, card_width=0.3)))
        assert sig.args[0].status == "unknown" and page.result_frame.property("colour") == "red"
        assert len(db.execute("SELECT * FROM attendance").fetchall()) == 1
    finally:
        scanner.stop()
