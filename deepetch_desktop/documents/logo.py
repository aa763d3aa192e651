"""The seller's logo, checked when it is set: no invoice ever meets a file it cannot print."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PILImage

from ..domain.errors import BadInput
from .pdf_style import logo_image

MAX_BYTES = 2_000_000
MAX_PIXELS = 4000  # per side
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def _kind(head: bytes) -> str | None:
    return next((kind for magic, kind in SIGNATURES.items() if head.startswith(magic)), None)


def check_logo(path: str) -> str:
    """The logo's absolute path, or BadInput("logo", ...): an existing, readable PNG or JPEG
    file of at most 2 MB and 4000 × 4000 pixels, that the invoice renderer can draw."""
    target = Path(path).expanduser()
    try:
        if not target.is_file():
            raise BadInput("logo", "not_a_file", path)
        if target.stat().st_size > MAX_BYTES:
            raise BadInput("logo", "file_too_large", path)
        with open(target, "rb") as fh:
            kind = _kind(fh.read(8))
    except OSError:
        raise BadInput("logo", "unreadable", path) from None
    if kind is None:
        raise BadInput("logo", "not_an_image", path)
    try:
        with PILImage.open(target) as img:
            if img.format != kind:
                raise BadInput("logo", "not_an_image", path)
            if max(img.size) > MAX_PIXELS:
                raise BadInput("logo", "image_too_large", path)
            img.load()
        logo_image(str(target), (100.0, 100.0))  # exactly what rendering will do with it
    except BadInput:
        raise
    except Exception:  # PIL and ReportLab raise many kinds for a damaged image
        raise BadInput("logo", "not_an_image", path) from None
    return str(target.resolve())
