"""Readers of evaluation input files: every problem is one line naming the file and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.eval_input import EvalInputError, read_jsonl, read_text, read_tsv


def _message(exc: pytest.ExceptionInfo[EvalInputError]) -> str:
    text = str(exc.value)
    assert "\n" not in text
    return text


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(EvalInputError) as exc:
        read_text(tmp_path / "absent.tsv")
    assert _message(exc) == f"{tmp_path / 'absent.tsv'}: no such file"
    with pytest.raises(EvalInputError, match="is not a file"):
        read_text(tmp_path)


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    for content in (b"", b"\n \n", "\ufeff".encode()):
        path = tmp_path / "empty.txt"
        path.write_bytes(content)
        with pytest.raises(EvalInputError, match="is empty"):
            read_text(path)


def test_non_utf8_text_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "gbk.tsv"
    path.write_bytes("file\treference\na.wav\t欢迎大家\n".encode("gbk"))
    with pytest.raises(EvalInputError) as exc:
        read_text(path)
    assert _message(exc).startswith(f"{path}:2: is not UTF-8 text (byte 0x")
    assert "save it as UTF-8" in str(exc.value)


def test_binary_file_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    path.write_bytes(b"file\x00\x00reference")
    with pytest.raises(EvalInputError, match="binary"):
        read_text(path)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.tsv"
    path.write_bytes("\ufefffile\treference\na.wav\t你好\n".encode())
    assert [r.values for r in read_tsv(path, ("file", "reference"))] == [
        {"file": "a.wav", "reference": "你好"}
    ]


def test_tsv_rows_carry_line_numbers_and_skip_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("file\treference\n\na.wav\t你好\nb.wav\t世界\n", encoding="utf-8")
    rows = read_tsv(path, ("file", "reference"))
    assert [(r.line, r.values["file"]) for r in rows] == [(3, "a.wav"), (4, "b.wav")]


def test_tsv_without_header_says_the_first_line_must_be_the_header(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("a.wav\t你好\nb.wav\t世界\n", encoding="utf-8")
    with pytest.raises(EvalInputError) as exc:
        read_tsv(path, ("file", "reference"))
    assert _message(exc) == (
        f"{path}:1: the first line must be the header 'file, reference' (tab-separated)"
    )


def test_tsv_header_missing_a_column_names_it(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("file\ttext\na.wav\t你好\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r":1: header lacks column\(s\) reference"):
        read_tsv(path, ("file", "reference"))


def test_tsv_row_with_wrong_field_count_or_empty_cell_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("file\treference\na.wav 你好\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r":2: 1 tab-separated fields, the header has 2"):
        read_tsv(path, ("file", "reference"))
    path.write_text("file\treference\na.wav\t\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r":2: empty reference"):
        read_tsv(path, ("file", "reference"))


def test_tsv_with_header_only_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("file\treference\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match="has a header but no rows"):
        read_tsv(path, ("file", "reference"))


def test_jsonl_bad_line_and_non_object_are_named(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"q": "x", "label": 3}\n\n{"q": \n', encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"a\.jsonl:3: not valid JSON"):
        read_jsonl(path)
    path.write_text('{"q": "x"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(EvalInputError, match=r":2: each line must be a JSON object"):
        read_jsonl(path)
    path.write_text('{"q": "x"}\n\n{"q": "y"}\n', encoding="utf-8")
    assert read_jsonl(path) == [(1, {"q": "x"}), (3, {"q": "y"})]
