"""QR codes: the one place that draws them (badges, certificates) and reads them (photos, scans, PDFs, camera).

Drawing: zxing-cpp's encoder gives the modules (about a millisecond), written straight into a 1-bit
PNG (``qr_picture``, for Word) or a Pillow image (``qr_image``, for the badge cards). Badges use error
correction Q (a creased or stained badge still reads); certificate codes, which hold a signed payload
of up to 2,000 characters, use M.

Reading is restricted to QR codes: it is faster and a stray barcode on a poster or a bottle in the
camera's view is never taken for a badge. ``decode_pixels`` reads a camera frame's grey plane
without copying it into a Python image, which keeps the camera path above 20 frames per second.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .i18n import _

if TYPE_CHECKING:
    from .templating import Picture

EC_BADGE = "Q"  # 25 % of the code may be lost: badges get creased, stained, half covered by a thumb
EC_CERTIFICATE = "M"  # 15 %: room for the signed payload (certcode.MAX_QR_TEXT)
PDF_PAGES_READ = 10  # a certificate is one or two pages; a long PDF is not searched to its end


# -- drawing -----------------------------------------------------------------------------------------
def qr_modules(text: str, ec_level: str = EC_CERTIFICATE) -> tuple[bytes, int]:
    """The QR code of ``text`` as ``n``×``n`` modules, one byte each (0 dark, 255 light), and ``n``."""
    import zxingcpp

    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]  # a buffer, which zxing-cpp's stub leaves out
    return image.tobytes(), (image.shape or (0,))[0]


def qr_picture(text: str, border: int = 2, ec_level: str = EC_CERTIFICATE) -> Picture:
    """The QR code of ``text`` as a 1-bit PNG, 8 pixels a module, ``border`` light modules around."""
    data, n = qr_modules(text, ec_level)
    return png_from_modules(data, n, border)


def qr_image(text: str, box_size: int = 10, border: int = 4, ec_level: str = EC_BADGE):  # noqa: ANN201 - PIL.Image.Image
    """The QR code of ``text`` as a black-on-white Pillow image ("L"), ``box_size`` pixels a module."""
    from PIL import Image

    data, n = qr_modules(text, ec_level)
    side = (n + 2 * border) * box_size
    image = Image.new("L", (side, side), 255)
    image.paste(Image.frombytes("L", (n, n), data).resize((n * box_size, n * box_size), Image.Resampling.NEAREST),
                (border * box_size, border * box_size))
    return image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_from_modules(data: bytes, n: int, border: int = 2) -> Picture:
    """A 1-bit PNG from an ``n``×``n`` module image (one byte per module, 0 = dark, 255 = light).

    At 8 pixels per module a module is exactly one byte of a 1-bit row, so each PNG row is the
    module row itself framed by light bytes: no per-pixel Python work.
    """
    from .templating import Picture

    size = (n + 2 * border) * 8
    edge = b"\xff" * border
    blank = b"\x00" + b"\xff" * (n + 2 * border)
    raw = [blank * (border * 8)]
    for i in range(n):
        raw.append((b"\x00" + edge + data[i * n:(i + 1) * n] + edge) * 8)
    raw.append(blank * (border * 8))
    png = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0))
           + _chunk(b"IDAT", zlib.compress(b"".join(raw), 1)) + _chunk(b"IEND", b""))
    return Picture(png, size, size, "png")


# -- reading -----------------------------------------------------------------------------------------
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


def _read_picture(img: Any) -> list[str]:
    """A photo's codes; a large phone photo is tried again smaller, which often reads better."""
    from PIL import ImageOps

    img = ImageOps.exif_transpose(img).convert("L")
    found = _read(img)
    if not found and max(img.size) > 2000:
        small = img.copy()
        small.thumbnail((1600, 1600))
        found = _read(small)
    return found


def decode_file(path: str | Path) -> list[str]:
    """Texts of the QR codes in a photo, a screenshot or a PDF (the pictures on its first pages).

    A PDF is read through the pictures it holds: a scan, or a certificate Workshop Kit printed to PDF
    (its QR code is a picture). A QR code drawn as vector shapes by another program is not read: the
    error says to photograph the page instead.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        raise ValidationError(_("No such file: {path}").format(path=path)) from None
    except OSError:
        head = b""
    if b"%PDF-" in head:
        return _decode_pdf(path)
    try:
        with Image.open(path) as img:
            return _read_picture(img)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, IndexError,
            Image.DecompressionBombError):  # SyntaxError is how Pillow says a PNG is broken
        raise ValidationError(
            _("{path} is not a picture or PDF Workshop Kit can read (use a PNG or JPEG photo, or a PDF).").format(
                path=path)
        ) from None


def _decode_pdf(path: Path) -> list[str]:
    """The QR texts of the first page (of the first ``PDF_PAGES_READ``) whose pictures hold any."""
    from PIL import Image
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    unreadable = _("{path} is not a picture or PDF Workshop Kit can read (use a PNG or JPEG photo, or a PDF).")
    try:
        reader = PdfReader(str(path))
        pages = list(reader.pages[:PDF_PAGES_READ])
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ValidationError(unreadable.format(path=path)) from None
    pictures = 0
    for page in pages:
        found: list[str] = []
        try:
            images = list(page.images)
        except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue
        for picture in images:
            try:
                found += _read_picture(picture.image)
                pictures += 1
            except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, SyntaxError, EOFError,
                    IndexError, Image.DecompressionBombError):
                continue  # a picture Pillow cannot open (e.g. JBIG2): the others may still hold the code
        if found:
            return list(dict.fromkeys(found))
    if not pictures:
        raise ValidationError(_("{path} holds no picture, so no QR code can be read from it: print the page and "
                                "photograph its code, or type the short code.").format(path=path))
    return []
