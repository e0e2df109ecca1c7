"""Text extraction from generated PDF, DOCX, image and text files."""

from __future__ import annotations

from pathlib import Path

import pytest
import resume_fixtures as fx

from analysis.resume.extract import ExtractLimits, SourceKind, extract_text

LIMITS = ExtractLimits()


@pytest.fixture(scope="module")
def cjk_font() -> Path:
    font = fx.find_cjk_font()
    if font is None:
        pytest.skip(
            f"!!! NO CJK FONT INSTALLED: cannot render Chinese test images. "
            f"Install the Debian package '{fx.CJK_FONT_PACKAGE}' (apt-get install -y "
            f"{fx.CJK_FONT_PACKAGE}) !!!"
        )
    return font


def test_text_pdf_gives_its_text_layer_without_ocr() -> None:
    result = extract_text(fx.make_text_pdf(), "张伟简历.pdf", limits=LIMITS)
    assert result.source_kind is SourceKind.PDF
    assert not result.ocr_used
    assert result.page_count == 1
    assert "2008.09-2012.06 浙江大学 计算机科学与技术 本科" in result.text
    assert "zhangwei.dev@example.com" in result.text
    assert result.text.index("教育背景") < result.text.index("工作经历")


def test_pdf_is_recognised_by_content_whatever_the_extension() -> None:
    result = extract_text(fx.make_text_pdf(), "resume.docx", limits=LIMITS)
    assert result.source_kind is SourceKind.PDF


def test_scanned_pdf_page_goes_through_ocr(cjk_font: Path) -> None:
    lines = ("姓名：王芳", "电话：13712345678")
    result = extract_text(fx.make_scanned_pdf(lines, cjk_font), "scan.pdf", limits=LIMITS)
    assert result.ocr_used
    assert "13712345678" in result.text
    assert "王芳" in result.text


def test_docx_keeps_paragraphs_table_and_text_box_in_document_order() -> None:
    result = extract_text(fx.make_docx(), "李娜.docx", limits=LIMITS)
    assert result.source_kind is SourceKind.DOCX
    text = result.text
    assert "2019.09-2023.06\t华东师范大学\t市场营销\t本科" in text
    # The text box is stored twice (DrawingML + VML fallback) and must be read once.
    assert text.count("求职意向：市场专员") == 1
    order = [text.index(s) for s in ("李娜", "华东师范大学", "求职意向：市场专员", "技能：Excel")]
    assert order == sorted(order)


def test_png_with_chinese_text_is_read_by_ocr(cjk_font: Path) -> None:
    lines = ("姓名：李四", "电话：13912345678", "2016年至今 阿里巴巴 高级工程师")
    result = extract_text(fx.make_png(lines, cjk_font), "photo.png", limits=LIMITS)
    assert result.source_kind is SourceKind.IMAGE
    assert result.ocr_used
    assert "李四" in result.text
    assert "13912345678" in result.text
    assert "阿里巴巴" in result.text


def test_jpeg_named_png_is_still_read_as_image(cjk_font: Path) -> None:
    import io

    buffer = io.BytesIO()
    fx.render_lines(("邮箱：a@b.cn",), cjk_font).save(buffer, "JPEG", quality=90)
    result = extract_text(buffer.getvalue(), "x.png", limits=LIMITS)
    assert "a@b.cn" in result.text


@pytest.mark.parametrize(
    ("encoding", "expected_warning"),
    [("gbk", "文本编码为 gb18030"), ("gb18030", "文本编码为 gb18030"), ("utf-8", None)],
)
def test_text_file_encodings_are_detected(encoding: str, expected_warning: str | None) -> None:
    result = extract_text(fx.engineer_text().encode(encoding), "简历.txt", limits=LIMITS)
    assert result.text == fx.engineer_text()
    assert result.source_kind is SourceKind.TEXT
    if expected_warning:
        assert expected_warning in result.warnings
    else:
        assert result.warnings == ()


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff张伟 个人简历\n电话：13812345678".encode(),
        "\ufeff张伟 个人简历\n电话：13812345678".encode("utf-16-le"),
        "张伟 个人简历\n电话：13812345678".encode("utf-16"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16-bom"],
)
def test_text_with_bom_is_decoded(data: bytes) -> None:
    result = extract_text(data, "cv.txt", limits=LIMITS)
    assert result.text == "张伟 个人简历\n电话：13812345678"


def test_markdown_markup_is_removed() -> None:
    md = "# 张伟\n\n## 教育背景\n| 时间 | 学校 |\n|---|---|\n| 2008-2012 | **浙江大学** |\n"
    result = extract_text(md.encode(), "cv.md", limits=LIMITS)
    assert result.source_kind is SourceKind.MARKDOWN
    assert result.text.splitlines()[0] == "张伟"
    assert "2008-2012\t浙江大学" in result.text
    assert "**" not in result.text and "---" not in result.text
