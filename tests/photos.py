"""Make a rendered badge look photographed: on a table, tilted, in perspective, blurred, noisy.

Used by the ``--image`` tests, the camera-decoder tests and the camera benchmark, so all three read
the same kind of picture a laptop camera or a phone sees at the door.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points ``dst`` to input ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    # Solve the 8×8 system by Gaussian elimination (no numpy needed).
    n = 8
    m = [row + [b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def photographed(
    card: Image.Image,
    *,
    angle: float = 0.0,
    tilt: float = 0.0,
    blur: float = 0.0,
    size: tuple[int, int] = (1280, 720),
    card_width: float = 0.45,
    noise: int = 12,
    seed: int = 0,
    jpeg_quality: int | None = 80,
) -> Image.Image:
    """``card`` on a grey-brown table, rotated by ``angle`` degrees, ``tilt`` (0–0.3) of perspective."""
    rnd = random.Random(seed)
    w, h = size
    background = Image.new("RGB", size, (118, 104, 92))
    draw = ImageDraw.Draw(background)
    for _ in range(40):  # wood-like streaks
        y = rnd.randrange(h)
        draw.line((0, y, w, y + rnd.randrange(-30, 30)), fill=(100 + rnd.randrange(40), 90, 80), width=3)
    target_w = int(w * card_width)
    scaled = card.convert("RGB").resize((target_w, int(card.height * target_w / card.width)), Image.LANCZOS)
    mask = Image.new("L", scaled.size, 255)
    rotated = scaled.rotate(angle, resample=Image.BICUBIC, expand=True)
    rmask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    layer = Image.new("RGB", size, (0, 0, 0))
    lmask = Image.new("L", size, 0)
    x0, y0 = (w - rotated.width) // 2, (h - rotated.height) // 2
    layer.paste(rotated, (x0, y0))
    lmask.paste(rmask, (x0, y0))
    background.paste(layer, (0, 0), lmask)
    if tilt:
        d = tilt * w / 2
        corners = [(0, 0), (w, 0), (w, h), (0, h)]
        moved = [(d, tilt * h / 4), (w - d, 0), (w, h), (0, h - tilt * h / 4)]
        background = background.transform(
            size, Image.PERSPECTIVE, _perspective_coeffs(corners, moved), Image.BICUBIC, fillcolor=(118, 104, 92)
        )
    if blur:
        background = background.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        grain = Image.effect_noise(size, noise).convert("RGB")
        background = Image.blend(background, grain, 0.08)
    if jpeg_quality:
        buf = io.BytesIO()
        background.save(buf, format="JPEG", quality=jpeg_quality)
        background = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return background
