"""Resume files for the demo, built from lines of text with no extra dependency.

The PDF uses Adobe's predefined Chinese font STSong-Light with the UniGB-UCS2-H CMap: every PDF
reader (and pdfium, which DingHire extracts text with) knows it, so nothing is embedded and no
CJK font has to be installed. The DOCX is the minimal WordprocessingML package Word opens.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

_PAGE_TOP = 800
_LINE_STEP = 22
_FONT_SIZE = 11


def _utf16_hex(text: str) -> str:
    # UniGB-UCS2-H takes big-endian UCS-2 codes; the demo texts stay inside the BMP.
    return text.encode("utf-16-be").hex().upper()


def _pdf_objects(lines: Sequence[str]) -> list[bytes]:
    ops = [f"BT /F1 {_FONT_SIZE} Tf 50 {_PAGE_TOP} Td {_LINE_STEP} TL"]
    for index, line in enumerate(lines):
        ops.append(("" if index == 0 else "T* ") + f"<{_utf16_hex(line)}> Tj")
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [5 0 R] >>",
        # CIDs 1-95 of Adobe-GB1 are the half-width Latin glyphs; the rest are full width.
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        b"/FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]


def make_pdf(lines: Sequence[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Chinese included)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(_pdf_objects(lines), start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def xml_escape(text: str) -> str:
    """Text safe inside WordprocessingML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>'


def make_docx(
    lines: Sequence[str], table: Sequence[Sequence[str]] = (), *, table_after: int = 0
) -> bytes:
    """A DOCX of paragraphs, with an optional table inserted after line `table_after`."""
    rows = "".join(
        "<w:tr>" + "".join(f"<w:tc>{_para(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in table
    )
    body = "".join(_para(line) for line in lines[:table_after])
    if rows:
        body += f"<w:tbl>{rows}</w:tbl>"
    body += "".join(_para(line) for line in lines[table_after:])
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()
