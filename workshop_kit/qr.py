"""QR codes: drawing them for badges (qrcode + Pillow) and reading them (zxing-cpp, QR only).

Decoding is restricted to QR codes: it is faster and a stray barcode on a poster or a bottle in the
camera's view is never taken for a badge. ``decode_luminance`` reads a camera frame's grey plane
without copying it into a Python image, which keeps the camera path above 20 frames per second.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .i18n import _

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage


def qr_image(text: str, box_size: int = 10, border: int = 4) -> PilImage:
    """A black-on-white QR code (error correction Q: a creased or stained badge still reads)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, box_size=box_size, border=border)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def qr_png(text: str, box_size: int = 10, border: int = 4) -> bytes:
    buf = io.BytesIO()
    qr_image(text, box_size, border).save(buf, format="PNG")
    return buf.getvalue()


def _read(image: Any, fast: bool = False) -> list[str]:
    import zxingcpp

    results = zxingcpp.read_barcodes(
        image,
        formats=zxingcpp.BarcodeFormat.QRCode,  # type: ignore[arg-type]  # documented; the stub wants BarcodeFormats
        try_rotate=not fast,
        try_downscale=True,
        try_invert=not fast,
    )
    return [r.text for r in results if r.valid and r.text]


def decode(image: Any) -> list[str]:
    """Texts of the QR codes in a PIL image, a numpy array or a QImage (thorough: photos)."""
    return _read(image)


_LAYOUTS = ("Lum", "RGB", "BGR", "RGBA", "ARGB", "BGRA", "ABGR")


def decode_pixels(
    buffer: Any, width: int, height: int, layout: str = "Lum", row_stride: int = 0, pix_stride: int = 0
) -> list[str]:
    """QR texts from raw pixels, e.g. the Y plane of a camera frame (``Lum``) or a BGRA frame.

    Fast settings: a camera sends many frames a second, each one a new chance to read the badge.
    """
    import zxingcpp

    if layout not in _LAYOUTS:
        raise ValueError(f"unknown pixel layout {layout!r}")
    data = buffer if isinstance(buffer, bytes | bytearray) else bytes(buffer)
    view = zxingcpp.ImageView(data, width, height, getattr(zxingcpp.ImageFormat, layout), row_stride, pix_stride)
    return _read(view, fast=True)


def decode_luminance(buffer: Any, width: int, height: int, row_stride: int = 0, pix_stride: int = 0) -> list[str]:
    """QR texts from a grey (luminance) plane."""
    return decode_pixels(buffer, width, height, "Lum", row_stride, pix_stride)


def decode_file(path: str | Path) -> list[str]:
    """Texts of the QR codes in a photo or screenshot; a clear error when it is not an image."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    path = Path(path)
    try:
        with Image.open(path) as opened:
            img = ImageOps.exif_transpose(opened).convert("L")
    except FileNotFoundError:
        raise ValidationError(_("No such file: {path}").format(path=path)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, IndexError,
            Image.DecompressionBombError):  # SyntaxError is how Pillow says a PNG is broken
        raise ValidationError(
            _("{path} is not an image Workshop Kit can read (use a PNG or JPEG photo).").format(path=path)
        ) from None
    found = _read(img)
    if not found and max(img.size) > 2000:  # a large phone photo: a smaller copy often reads better
        small = img.copy()
        small.thumbnail((1600, 1600))
        found = _read(small)
    return found
