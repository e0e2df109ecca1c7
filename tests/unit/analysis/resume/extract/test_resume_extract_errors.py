"""Bad input gives a specific error whose Chinese message names the file and what to do."""

from __future__ import annotations

import io
import zipfile

import pytest
import resume_fixtures as fx

from analysis.resume.corpus.files import DOCX_CONTENT_TYPES, DOCX_RELS
from analysis.resume.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    FileTooLargeError,
    LegacyDocError,
    NoTextFoundError,
    ResumeInputError,
    UnsupportedFileTypeError,
    ZipBombError,
)
from analysis.resume.extract import ExtractLimits, extract_text

LIMITS = ExtractLimits()
SUPPORTED = "请上传 PDF、Word（.docx）、图片（PNG/JPG/WEBP/BMP）或纯文本（TXT/MD）格式的简历。"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _raises(data: bytes, filename: str, limits: ExtractLimits = LIMITS) -> ResumeInputError:
    with pytest.raises(ResumeInputError) as info:
        extract_text(data, filename, limits=limits)
    return info.value


def test_executable_is_an_unsupported_type() -> None:
    err = _raises(b"MZ\x90\x00" + bytes(200), "简历.exe")
    assert isinstance(err, UnsupportedFileTypeError)
    assert err.code == "unsupported_type"
    assert err.user_message == f"不支持的文件类型：“简历.exe”识别为Windows 可执行程序。{SUPPORTED}"


def test_spreadsheet_renamed_to_docx_is_an_unsupported_type() -> None:
    err = _raises(_zip({"xl/workbook.xml": b"<workbook/>"}), "resume.docx")
    assert err.user_message == f"不支持的文件类型：“resume.docx”识别为Excel 表格。{SUPPORTED}"


def test_binary_noise_is_an_unsupported_type() -> None:
    err = _raises(bytes(range(256)) * 4, "voice.amr")
    assert err.user_message == f"不支持的文件类型：“voice.amr”识别为未知格式。{SUPPORTED}"


def test_old_word_doc_asks_to_save_as_docx_or_pdf() -> None:
    data = OLE2 + bytes(500) + "WordDocument".encode("utf-16-le") + bytes(100)
    err = _raises(data, "老简历.doc")
    assert isinstance(err, LegacyDocError)
    assert isinstance(err, UnsupportedFileTypeError)
    assert err.user_message == (
        "不支持的文件类型：“老简历.doc”是旧版 Word（.doc）格式，暂不支持。"
        "请在 Word 或 WPS 中“另存为” .docx 或 PDF 后重新上传。"
    )


def test_password_protected_pdf() -> None:
    err = _raises(fx.make_text_pdf(password="secret"), "加密.pdf")
    assert isinstance(err, EncryptedFileError)
    assert err.user_message == (
        "文件已加密：“加密.pdf”设置了打开密码，无法读取。请取消密码保护后重新上传。"
    )


def test_password_protected_docx() -> None:
    data = OLE2 + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    err = _raises(data, "cv.docx")
    assert isinstance(err, EncryptedFileError)
    assert err.user_message.startswith("文件已加密：“cv.docx”")


CORRUPT = "无法打开，可能下载不完整或导出出错。请重新导出或另存后再上传。"


def test_truncated_pdf_is_corrupt() -> None:
    err = _raises(fx.corrupt(fx.make_text_pdf()), "坏的.pdf")
    assert isinstance(err, CorruptFileError)
    assert err.user_message == f"文件已损坏：“坏的.pdf”{CORRUPT}"


def test_truncated_docx_is_corrupt() -> None:
    err = _raises(fx.corrupt(fx.make_docx()), "坏的.docx")
    assert isinstance(err, CorruptFileError)
    assert err.user_message == f"文件已损坏：“坏的.docx”{CORRUPT}"


def test_docx_with_broken_xml_is_corrupt() -> None:
    err = _raises(fx.make_docx_from_xml("<w:document><w:body>"), "x.docx")
    assert isinstance(err, CorruptFileError)


def test_docx_with_a_dtd_is_refused() -> None:
    xml = '<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="w">&a;</w:document>'
    assert isinstance(_raises(fx.make_docx_from_xml(xml), "x.docx"), CorruptFileError)


def test_docx_with_a_dtd_in_utf16_is_refused_too() -> None:
    # A byte search for "<!DOCTYPE" misses it in UTF-16; the parser itself must refuse DTDs.
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<!DOCTYPE x [<!ENTITY a "秘密展开">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/document.xml", xml.encode("utf-16"))
    err = _raises(buffer.getvalue(), "x.docx")
    assert isinstance(err, CorruptFileError) and "DTD" in str(err)


def test_image_without_text() -> None:
    err = _raises(fx.make_blank_png(), "空白.png")
    assert isinstance(err, NoTextFoundError)
    assert err.user_message == (
        "图片中未识别到文字：“空白.png”里没有可识别的文字。"
        "请上传清晰、端正、无遮挡的简历图片，或直接上传 PDF/Word 文件。"
    )


def test_oversize_file_is_refused_before_parsing() -> None:
    limits = ExtractLimits(max_bytes=1024 * 1024)
    # Garbage after a PDF header: parsing it would raise CorruptFileError instead.
    data = b"%PDF-1.7\n" + b"x" * (3 * 1024 * 1024 // 2)
    err = _raises(data, "大文件.pdf", limits)
    assert isinstance(err, FileTooLargeError)
    assert err.user_message == (
        "文件超过大小限制：“大文件.pdf”大小为 1.5 MB，超过了 1 MB 的上限。"
        "请压缩图片或精简内容后重新上传。"
    )


def test_docx_zip_bomb_is_refused() -> None:
    data = fx.make_docx_bomb()
    assert len(data) < 200_000  # small on disk, 20 MiB inflated
    err = _raises(data, "炸弹.docx")
    assert isinstance(err, ZipBombError)
    assert err.user_message == (
        "压缩包异常（疑似压缩炸弹）：“炸弹.docx”解压后的体积异常，已拒绝处理。"
        "请用 Word 或 WPS 重新另存为 .docx 或 PDF 后上传。"
    )


def test_docx_whose_members_add_up_past_the_total_limit_is_refused() -> None:
    limits = ExtractLimits(max_zip_total_bytes=50_000)
    members = {f"word/media/pad{i}.xml": b"<a/>" * 5000 for i in range(5)}
    members["word/document.xml"] = fx.docx_document_xml(("x",), (), (), ()).encode()
    assert isinstance(_raises(_zip(members), "x.docx", limits), ZipBombError)


def test_empty_file() -> None:
    err = _raises(b"", "空.pdf")
    assert isinstance(err, EmptyFileError)
    assert err.user_message == "文件为空：“空.pdf”没有任何内容。请检查后重新上传。"


def test_message_shows_only_the_base_name_without_control_characters() -> None:
    err = _raises(b"MZ" + bytes(100), "C:\\Users\\hr\\简历\u202e.exe")
    assert "“简历.exe”" in err.user_message
    assert "Users" not in err.user_message


def test_a_pdf_that_takes_too_long_is_stopped_and_refused_clearly() -> None:
    import multiprocessing

    from analysis.resume.errors import PdfTimeoutError

    # No real PDF is slow on demand: a limit no child can meet stands in for a pathological one.
    err = _raises(fx.make_text_pdf(), "复杂.pdf", ExtractLimits(pdf_timeout_s=0.001))
    assert isinstance(err, PdfTimeoutError)
    assert "PDF 处理超时：“复杂.pdf”" in err.user_message
    assert multiprocessing.active_children() == []  # the pdfium child was killed, not left
