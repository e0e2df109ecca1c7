"""BMES parsing and tag/span conversion."""

from pathlib import Path

import pytest

from analysis.resume.ner.bmes import (
    BmesFormatError,
    Span,
    parse_bmes_lines,
    read_bmes,
    spans_to_tags,
    tags_to_spans,
)

SAMPLE = """\
张 B-NAME
伟 E-NAME
， O
男 O

任 O
经 B-TITLE
理 E-TITLE
"""


def test_sentences_are_split_on_blank_lines() -> None:
    sentences = list(parse_bmes_lines(SAMPLE.splitlines(keepends=True)))
    assert [s.text for s in sentences] == ["张伟，男", "任经理"]
    assert sentences[0].tags == ("B-NAME", "E-NAME", "O", "O")


def test_trailing_blank_lines_and_crlf_and_bom_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "x.bmes"
    path.write_bytes("\ufeff张 S-NAME\r\n\r\n\r\n王 B-NAME\r\n五 E-NAME\r\n\r\n\r\n".encode())
    sentences = read_bmes(path)
    assert [s.text for s in sentences] == ["张", "王五"]


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("张B-NAME", "2 fields"),
        ("张 B-NAME extra", "2 fields"),
        ("张三 B-NAME", "single character"),
        ("张 X-NAME", "invalid tag"),
        ("张 B-", "invalid tag"),
        ("张 b-name", "invalid tag"),
    ],
)
def test_malformed_line_error_names_the_line_number(bad_line: str, reason: str) -> None:
    lines = ["张 B-NAME\n", "伟 E-NAME\n", "\n", bad_line + "\n"]
    with pytest.raises(BmesFormatError) as info:
        list(parse_bmes_lines(lines, source="resume.bmes"))
    assert info.value.line_no == 4
    assert str(info.value).startswith("resume.bmes:4: ")
    assert reason in str(info.value)


def test_read_bmes_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.bmes"
    path.write_text("张 B-NAME\n伟\n", encoding="utf-8")
    with pytest.raises(BmesFormatError, match=r"broken\.bmes:2: "):
        read_bmes(path)


def test_well_formed_tags_become_spans_with_text() -> None:
    chars = "张伟任阿里巴巴工程师"
    tags = ["B-NAME", "E-NAME", "O", "B-ORG", "M-ORG", "M-ORG", "E-ORG"]
    tags += ["B-TITLE", "M-TITLE", "E-TITLE"]
    assert tags_to_spans(tags, chars) == [
        Span("NAME", 0, 2, "张伟"),
        Span("ORG", 3, 7, "阿里巴巴"),
        Span("TITLE", 7, 10, "工程师"),
    ]


def test_single_char_entities_and_adjacent_entities() -> None:
    tags = ["S-NAME", "S-NAME", "B-EDU", "E-EDU", "B-EDU", "E-EDU"]
    got = [(s.type, s.start, s.end) for s in tags_to_spans(tags)]
    assert got == [("NAME", 0, 1), ("NAME", 1, 2), ("EDU", 2, 4), ("EDU", 4, 6)]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        # An entity left open by O still counts, ending at its last tag (conlleval behaviour).
        (["B-ORG", "M-ORG", "O"], [("ORG", 0, 2)]),
        (["B-ORG", "M-ORG"], [("ORG", 0, 2)]),
        # M/E without a matching open entity start a new one.
        (["O", "M-ORG", "E-ORG"], [("ORG", 1, 3)]),
        (["O", "E-ORG"], [("ORG", 1, 2)]),
        # A type change inside an entity closes the first and opens the second.
        (["B-ORG", "M-TITLE", "E-TITLE"], [("ORG", 0, 1), ("TITLE", 1, 3)]),
        (["B-ORG", "E-TITLE"], [("ORG", 0, 1), ("TITLE", 1, 2)]),
        # B inside an open entity restarts.
        (["B-ORG", "B-ORG", "E-ORG"], [("ORG", 0, 1), ("ORG", 1, 3)]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_malformed_tag_sequences_are_repaired_conll_style(
    tags: list[str], expected: list[tuple[str, int, int]]
) -> None:
    assert [(s.type, s.start, s.end) for s in tags_to_spans(tags)] == expected


def test_spans_to_tags_round_trips() -> None:
    tags = ["S-NAME", "O", "B-ORG", "M-ORG", "E-ORG", "B-TITLE", "E-TITLE", "O"]
    assert spans_to_tags(len(tags), tags_to_spans(tags)) == tags
