"""The laptop camera as a badge reader: frames go to a worker thread that decodes QR codes.

The preview is a ``QVideoWidget``; its video sink hands every frame to ``CameraScanner.offer``. One
frame is decoded at a time in a worker thread (zxing-cpp releases the GIL); frames arriving while it
is busy are dropped, so the preview never waits for decoding. From YUV frames (what webcams send)
only the grey Y plane is read, and RGB frames are read as they are, without converting the picture.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, Qt, QThread, Signal, Slot

# Optional system libraries (PipeWire, VA-API) that Qt Multimedia probes for and logs as missing:
# nothing the trainer can act on.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false")

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat  # noqa: E402
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget  # noqa: E402

from workshop_kit.qr import decode_pixels  # noqa: E402

_PF = QVideoFrameFormat.PixelFormat
# Formats whose plane 0 is the luminance at one byte per pixel.
_Y_PLANE = {
    _PF.Format_NV12, _PF.Format_NV21, _PF.Format_YUV420P, _PF.Format_YV12, _PF.Format_YUV422P,
    _PF.Format_IMC1, _PF.Format_IMC2, _PF.Format_IMC3, _PF.Format_IMC4, _PF.Format_Y8,
}
_PACKED_YUV = {_PF.Format_YUYV: 0, _PF.Format_UYVY: 1}  # luminance every second byte, at this offset
# 32-bit RGB formats, by their byte order in memory (zxing-cpp reads them directly).
_RGB32 = {
    _PF.Format_ARGB8888: "ARGB", _PF.Format_ARGB8888_Premultiplied: "ARGB", _PF.Format_XRGB8888: "ARGB",
    _PF.Format_BGRA8888: "BGRA", _PF.Format_BGRA8888_Premultiplied: "BGRA", _PF.Format_BGRX8888: "BGRA",
    _PF.Format_ABGR8888: "ABGR", _PF.Format_XBGR8888: "ABGR",
    _PF.Format_RGBA8888: "RGBA", _PF.Format_RGBX8888: "RGBA",
}

Pixels = tuple[bytes, int, int, str, int, int]  # data, width, height, layout, row stride, pixel stride


def frame_pixels(frame: QVideoFrame) -> Pixels | None:
    """The pixels zxing-cpp needs from a video frame, without converting the picture; None if unreadable.

    YUV frames give their grey Y plane; 32-bit RGB frames are passed as they are; anything else
    goes through ``QVideoFrame.toImage`` (slower).
    """
    if not frame.isValid():
        return None
    fmt = frame.pixelFormat()
    if fmt in _Y_PLANE or fmt in _PACKED_YUV or fmt in _RGB32:
        mapped = QVideoFrame(frame)
        if not mapped.map(QVideoFrame.MapMode.ReadOnly):
            return None
        try:
            stride = mapped.bytesPerLine(0)
            data = bytes(mapped.bits(0))
        finally:
            mapped.unmap()
        w, h = frame.width(), frame.height()
        if fmt in _PACKED_YUV:
            return data[_PACKED_YUV[fmt]:], w, h, "Lum", stride, 2
        if fmt in _RGB32:
            return data, w, h, _RGB32[fmt], stride, 4
        return data, w, h, "Lum", stride, 1
    image = frame.toImage()
    if image.isNull():
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(grey.constBits()), grey.width(), grey.height(), "Lum", grey.bytesPerLine(), 1


class FrameDecoder(QObject):
    """Lives in the worker thread; decodes one frame per call."""

    done = Signal(list, float)  # texts found, milliseconds spent

    @Slot(object)
    def decode(self, frame: QVideoFrame) -> None:
        start = time.perf_counter()
        texts: list[str] = []
        try:
            pixels = frame_pixels(frame)
            if pixels is not None:
                texts = decode_pixels(*pixels)
        finally:
            self.done.emit(texts, (time.perf_counter() - start) * 1000)


class CameraScanner(QObject):
    """Feeds frames to the decoder thread, dropping frames while it is busy; reports each code once.

    The same code seen again within ``repeat_seconds`` is ignored (a badge held in front of the
    camera is read many times a second); after that it counts as a new scan.
    """

    codeRead = Signal(str)
    _request = Signal(object)

    def __init__(self, parent: QObject | None = None, repeat_seconds: float = 3.0) -> None:
        super().__init__(parent)
        self.repeat_seconds = repeat_seconds
        self.busy = False
        self.offered = self.decoded = self.dropped = 0
        self.decode_ms: list[float] = []
        self._last: tuple[str, float] | None = None
        self._thread = QThread(self)
        self._thread.setObjectName("camera-decoder")
        self._decoder = FrameDecoder()
        self._decoder.moveToThread(self._thread)
        self._request.connect(self._decoder.decode)
        self._decoder.done.connect(self._on_done)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def offer(self, frame: QVideoFrame) -> bool:
        """Hand a frame to the decoder; False (frame dropped) while the previous one is in work."""
        self.offered += 1
        if self.busy:
            self.dropped += 1
            return False
        self.busy = True
        self._request.emit(QVideoFrame(frame))
        return True

    @Slot(list, float)
    def _on_done(self, texts: list, ms: float) -> None:
        self.busy = False
        self.decoded += 1
        self.decode_ms.append(ms)
        del self.decode_ms[:-200]
        now = time.monotonic()
        for text in texts:
            if self._last and self._last[0] == text and now - self._last[1] < self.repeat_seconds:
                self._last = (text, now)
                continue
            self._last = (text, now)
            self.codeRead.emit(text)

    def stop(self) -> None:
        """End the decoder thread (on quit, or when the page goes away)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(3000)


class CameraPanel(QWidget):
    """The laptop camera as a QR reader, ready to place on a page: preview, start/stop, and a plain
    message when there is no camera or it fails. Used at the door (badges) and on the Verify tab
    (certificates). ``hint`` says what to do instead of the camera on that page."""

    codeRead = Signal(str)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self.camera = None
        self.scanner = None
        self.stack = QStackedWidget()
        self.stack.setMinimumSize(320, 200)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: palette(mid); border: 1px dashed palette(mid); padding: 12px;")
        self.message.setText(self.tr("Camera off."))
        self.stack.addWidget(self.message)
        self.button = QPushButton(self.tr("Start camera"))
        self.button.setCheckable(True)
        self.button.toggled.connect(self.set_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.button)

    def set_on(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        devices = QMediaDevices.videoInputs()
        if not devices:
            self.message.setText(self.tr("No camera found.") + " " + self.hint)
            self.button.setChecked(False)
            # Nothing to start: the button waits, greyed, until a camera is plugged in.
            self.button.setEnabled(False)
            self.button.setToolTip(self.tr("No camera found."))
            if getattr(self, "_devices", None) is None:
                self._devices = QMediaDevices(self)
                self._devices.videoInputsChanged.connect(self._devices_changed)
            return False
        if self.camera is None:
            self.video = QVideoWidget()
            self.stack.addWidget(self.video)
            self.capture = QMediaCaptureSession(self)
            self.camera = QCamera(devices[0], self)
            formats = devices[0].videoFormats()
            if formats:  # about 1280×720 at the best frame rate: sharp enough, light to decode
                self.camera.setCameraFormat(min(formats, key=lambda f: (
                    abs(f.resolution().width() * f.resolution().height() - 1280 * 720), -f.maxFrameRate())))
            self.capture.setCamera(self.camera)
            self.capture.setVideoOutput(self.video)
            self.scanner = CameraScanner(self)
            self.scanner.codeRead.connect(self.codeRead)
            self.video.videoSink().videoFrameChanged.connect(self.scanner.offer)
            self.camera.errorOccurred.connect(self.failed)
        self.camera.start()
        self.stack.setCurrentWidget(self.video)
        self.button.setText(self.tr("Stop camera"))
        return True

    def _devices_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        found = bool(QMediaDevices.videoInputs())
        self.button.setEnabled(found)
        self.button.setToolTip("" if found else self.tr("No camera found."))
        if found and self.camera is None:
            self.message.setText(self.tr("Camera off."))

    def failed(self, _error, message: str) -> None:  # noqa: ANN001
        self.stack.setCurrentWidget(self.message)
        self.message.setText(self.tr("The camera could not start ({error}).").format(error=message) + " " + self.hint)

    def stop(self) -> None:
        if self.camera is None:
            return  # never started (or no camera): keep the message that says why
        self.camera.stop()
        self.stack.setCurrentWidget(self.message)
        self.message.setText(self.tr("Camera off."))
        self.button.setText(self.tr("Start camera"))

    def shutdown(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
