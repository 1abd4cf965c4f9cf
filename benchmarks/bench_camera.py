"""Camera decoding throughput at 1280×720 (target ≥ 20 frames/s on 2 cores) and preview smoothness.

Frames: NV12 video frames (what webcams send) of badges rendered by the app, photographed-looking
(tilted, in perspective, blurred, JPEG-compressed; see tests/photos.py). They go through the real
``CameraScanner`` → worker thread → ``frame_pixels`` → zxing-cpp (QR only), back-to-back, while a
16 ms timer on the UI thread stands in for the preview and records its longest gap.
Baseline: the naive way — ``QVideoFrame.toImage()`` then zxing-cpp with every format and default
settings, on the UI thread.
Run: .venv/bin/python benchmarks/bench_camera.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from _common import ROOT, median, percentile, report

sys.path.insert(0, str(ROOT))


def badge_frames(count: int):  # noqa: ANN201 - list[QVideoFrame], list[str]
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    from tests.photos import photographed
    from workshop_kit.badge_cards import Card, render_card
    from workshop_kit.badges import Badge, new_short_code, new_token
    from workshop_kit.participants import Participant

    frames, tokens = [], []
    for i in range(count):
        badge = Badge(str(i), new_token(), new_short_code(), "w", str(i), "2026-01-01")
        person = Participant(str(i), first_name="Fatima", last_name=f"El Idrissi {i}", first_name_ar="فاطمة",
                             last_name_ar="الإدريسي", organisation_name="Association Tadamon")
        card = render_card(Card(person, badge), "Atelier Al Wassit — Rabat")
        picture = photographed(card, angle=(i * 37) % 90 - 45, tilt=0.05 * (i % 4), blur=0.6 + 0.3 * (i % 5),
                               card_width=0.3 + 0.05 * (i % 4), seed=i).convert("L")
        w, h = picture.size
        frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat.PixelFormat.Format_NV12))
        frame.map(QVideoFrame.MapMode.WriteOnly)
        stride, y = frame.bytesPerLine(0), picture.tobytes()
        plane = frame.bits(0)
        for r in range(h):
            plane[r * stride: r * stride + w] = y[r * w: (r + 1) * w]
        uv = frame.bits(1)
        uv[:] = b"\x80" * len(uv)
        frame.unmap()
        frames.append(frame)
        tokens.append(badge.token)
    return frames, tokens


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--frames", type=int, default=24)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ui.checkin_camera import CameraScanner
    frames, tokens = badge_frames(args.frames)

    # The pipeline, saturated: the next frame is offered as soon as the worker is free.
    scanner = CameraScanner(repeat_seconds=0)
    read: set[str] = set()
    reads: list[str] = []
    scanner.codeRead.connect(read.add)
    scanner.codeRead.connect(reads.append)
    gaps: list[float] = []
    tick = QElapsedTimer()
    tick.start()

    def preview() -> None:
        gaps.append(tick.restart())

    preview_timer = QTimer(interval=16, timeout=preview)
    preview_timer.start()
    i = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        if not scanner.busy:
            scanner.offer(frames[i % len(frames)])
            i += 1
        app.processEvents()
    while scanner.busy:
        app.processEvents()
    elapsed = time.perf_counter() - start
    preview_timer.stop()
    scanner.stop()
    fps = scanner.decoded / elapsed

    # Baseline: convert every frame to a QImage and decode with every format, on the UI thread.
    import zxingcpp

    base_times = []
    base_start = time.perf_counter()
    j = 0
    while time.perf_counter() - base_start < min(args.seconds, 3):
        t = time.perf_counter()
        zxingcpp.read_barcodes(frames[j % len(frames)].toImage())
        base_times.append(time.perf_counter() - t)
        j += 1
    report(
        "camera_decoding",
        resolution="1280x720",
        cores=os.cpu_count(),
        frames_per_s=round(fps, 1),
        decode_ms_p50=round(median(scanner.decode_ms), 2),
        decode_ms_p99=round(percentile(scanner.decode_ms, 99), 2),
        badges_read=f"{len(read & set(tokens))}/{len(tokens)}",
        frames_with_a_read_pct=round(100 * len(reads) / max(1, scanner.decoded), 1),
        preview_longest_gap_ms=max(gaps) if gaps else None,
        target_frames_per_s=20,
        baseline_toimage_all_formats_frames_per_s=round(len(base_times) / sum(base_times), 1),
    )


if __name__ == "__main__":
    main()
