"""Images (PNG, JPEG, WEBP, BMP): decode with Pillow, then OCR."""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from analysis.resume.errors import CorruptFileError, ImageTooLargeError
from analysis.resume.extract.model import ExtractLimits
from analysis.resume.extract.ocr import BgrImage

_MAX_OCR_SIDE = 4000  # RapidOCR shrinks to 2000 anyway; skip decoding work past this


def load_bgr(data: bytes, filename: str, limits: ExtractLimits) -> BgrImage:
    """Decode an image to a BGR array on a white background, honouring EXIF rotation."""
    width = height = 0
    try:
        with warnings.catch_warnings():
            # Our own pixel limit is enforced below; Pillow's bomb warning is an error in tests.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > limits.max_image_pixels:
                raise ImageTooLargeError(filename, width, height)
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(filename, f"image decode: {type(exc).__name__}") from exc
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(filename, width, height) from exc
    # A broken EXIF block should not lose an otherwise readable image.
    with contextlib.suppress(OSError, ValueError, SyntaxError):
        image = ImageOps.exif_transpose(image) or image
    image = _on_white(image)
    if max(image.size) > _MAX_OCR_SIDE:
        image.thumbnail((_MAX_OCR_SIDE, _MAX_OCR_SIDE))
    rgb = np.asarray(image, dtype=np.uint8)
    return np.ascontiguousarray(rgb[:, :, ::-1])


def _on_white(image: Image.Image) -> Image.Image:
    # Transparent pixels are black in RGB; dark text on a transparent PNG would vanish.
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")
