"""Render positioned text to a PDF (CJK text layer), a scanned-looking image, or a DOCX."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from analysis.resume.corpus.files import W_NS, docx_package, pdf_file, utf16_hex

PAGE_W, PAGE_H = 595.0, 842.0


@dataclass(frozen=True, slots=True)
class Item:
    """Text whose top-left corner is at (x, y) points from the top-left of the page."""

    x: float
    y: float
    text: str
    size: float = 10.5


@dataclass(slots=True)
class Page:
    """Text items and ruled lines ((x0, y0, x1, y1) in points) of one page."""

    items: list[Item] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)


def text_width(text: str, size: float) -> float:
    """Width in points with the metrics of the PDF font (Latin half width, the rest full)."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text) * size


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than width."""
    lines, current = [], ""
    for ch in text:
        if current and text_width(current + ch, size) > width:
            lines.append(current)
            current = ""
        current += ch
    if current:
        lines.append(current)
    return lines


def make_pdf(pages: list[Page]) -> bytes:
    """A PDF with one text layer per page in STSong-Light (Adobe's predefined CJK font)."""
    objects: list[bytes] = [b"", b"", b""]  # catalog, pages, font are filled in below
    page_refs: list[int] = []
    for page in pages:
        ops = ["0.4 w"]
        for x0, y0, x1, y1 in page.rules:
            ops.append(f"{x0:.1f} {PAGE_H - y0:.1f} m {x1:.1f} {PAGE_H - y1:.1f} l S")
        for item in page.items:
            baseline = PAGE_H - item.y - item.size * 0.88
            place = f"{item.x:.1f} {baseline:.1f} Td"
            ops.append(f"BT /F1 {item.size:.1f} Tf {place} <{utf16_hex(item.text)}> Tj ET")
        content = "\n".join(ops).encode("ascii")
        objects.append(
            b"<< /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream"
        )
        content_ref = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents "
            + f"{content_ref} 0 R".encode()
            + b" >>"
        )
        page_refs.append(len(objects))
    objects.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        b"/FontDescriptor " + f"{len(objects) + 2} 0 R".encode() + b" /DW 1000 /W [1 95 500] >>"
    )
    descendant = len(objects)
    objects.append(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>"
    )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{ref} 0 R" for ref in page_refs)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_refs)} >>".encode()
    objects[2] = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [" + f"{descendant} 0 R".encode() + b"] >>"
    )
    return pdf_file(objects)


def make_scan(
    pages: list[Page], font_path: Path, rng: random.Random, *, scale: float = 2.0
) -> bytes:
    """The pages, one under the other, as a scanned photo: grey paper, noise, a slight
    rotation, JPEG artefacts."""
    width, height = int(PAGE_W * scale), int(PAGE_H * scale * len(pages))
    image = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(image)
    fonts: dict[int, ImageFont.FreeTypeFont] = {}
    for number, page in enumerate(pages):
        top = number * PAGE_H
        for x0, y0, x1, y1 in page.rules:
            line = [(x0 * scale, (top + y0) * scale), (x1 * scale, (top + y1) * scale)]
            draw.line(line, fill=90, width=1)
        for item in page.items:
            px = round(item.size * scale)
            font = fonts.get(px) or fonts.setdefault(px, ImageFont.truetype(str(font_path), px))
            xy = (item.x * scale, (top + item.y) * scale)
            draw.text(xy, item.text, font=font, fill=rng.randint(0, 40))
    angle = rng.uniform(-1.5, 1.5)
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=235, expand=False)
    image = image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.7)))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0.0, 9.0, pixels.shape)
    noisy = np.clip(pixels + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noisy).save(buffer, "JPEG", quality=rng.randint(60, 85))
    return buffer.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, *, bold: bool = False) -> str:
    """A WordprocessingML paragraph."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'


def table(rows: list[list[str]]) -> str:
    """A table; a cell holding several lines gets a paragraph per line."""
    out = []
    for row in rows:
        cells = "".join(
            "<w:tc>" + "".join(para(line) for line in cell.split("\n")) + "</w:tc>" for cell in row
        )
        out.append(f"<w:tr>{cells}</w:tr>")
    return "<w:tbl>" + "".join(out) + "</w:tbl>"


def textbox(lines: list[str]) -> str:
    """A paragraph anchoring a DrawingML text box (with the VML fallback Word also writes)."""
    inner = "".join(para(line) for line in lines)
    return (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{inner}</w:txbxContent>"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def make_docx(body: str) -> bytes:
    """A minimal DOCX package around body XML."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}</w:body></w:document>"
    )
    # A fixed timestamp: the same seed must give byte-identical files.
    return docx_package(document, date_time=(2026, 1, 1, 0, 0, 0))
