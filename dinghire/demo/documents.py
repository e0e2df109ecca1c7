"""Resume files for the demo, built from lines of text with no extra dependency.

The PDF uses Adobe's predefined Chinese font STSong-Light with the UniGB-UCS2-H CMap: every PDF
reader (and pdfium, which DingHire extracts text with) knows it, so nothing is embedded and no
CJK font has to be installed. The DOCX is the minimal WordprocessingML package Word opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.resume.corpus.files import W_NS, docx_package, pdf_file, utf16_hex

_PAGE_TOP = 800
_LINE_STEP = 22
_FONT_SIZE = 11


def _pdf_objects(lines: Sequence[str]) -> list[bytes]:
    ops = [f"BT /F1 {_FONT_SIZE} Tf 50 {_PAGE_TOP} Td {_LINE_STEP} TL"]
    for index, line in enumerate(lines):
        ops.append(("" if index == 0 else "T* ") + f"<{utf16_hex(line)}> Tj")
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
    return pdf_file(_pdf_objects(lines))


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
    return docx_package(document)
