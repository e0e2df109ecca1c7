"""`dinghire eval …` on malformed input: one line naming the file and the problem, exit code 2,
never a traceback. Every eval subcommand must be covered here (the last test checks that)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.cli.test_cli import run_cli

REFERENCE = "file\treference\nclip.wav\t欢迎大家来体验\n"
# Subcommands covered below; a new `dinghire eval` subcommand must add its cases here.
COVERED = {"asr", "fairness", "resume-fields", "resume-ner", "scoring", "validity"}


def _refused(*args: str, cwd: Path) -> str:
    """Run the command, expect exit 2 with one stderr line; return that line."""
    proc = run_cli(*args, cwd=cwd)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


def _asr_folder(tmp_path: Path, tsv: bytes, audio: bytes | None = None) -> Path:
    folder = tmp_path / "clips"
    folder.mkdir()
    (folder / "transcripts.tsv").write_bytes(tsv)
    if audio is not None:
        (folder / "clip.wav").write_bytes(audio)
    return folder


def test_eval_asr_on_a_missing_folder_or_tsv(tmp_path: Path) -> None:
    line = _refused("eval", "asr", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert line == f"{tmp_path / 'nowhere'}: no such folder"
    line = _refused("eval", "asr", str(tmp_path), cwd=tmp_path)
    assert line == (
        f"{tmp_path / 'transcripts.tsv'}: no such file (tab-separated columns: file, reference)"
    )


def test_eval_asr_on_a_tsv_without_its_header(tmp_path: Path) -> None:
    folder = _asr_folder(tmp_path, "clip.wav\t欢迎大家来体验\n".encode())
    line = _refused("eval", "asr", str(folder), cwd=tmp_path)
    assert line == (
        f"{folder / 'transcripts.tsv'}:1: the first line must be the header "
        "'file, reference' (tab-separated)"
    )


def test_eval_asr_on_a_tsv_missing_a_column(tmp_path: Path) -> None:
    folder = _asr_folder(tmp_path, "file\ttext\nclip.wav\t欢迎\n".encode())
    line = _refused("eval", "asr", str(folder), cwd=tmp_path)
    assert line.endswith(
        "transcripts.tsv:1: header lacks column(s) reference (expected: file, reference)"
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (REFERENCE.encode("gbk"), "transcripts.tsv:2: is not UTF-8 text"),
        (b"", "transcripts.tsv: is empty"),
        (b"file\treference\n", "transcripts.tsv: has a header but no rows"),
        (b"file\treference\nclip.wav\n", "transcripts.tsv:2: 1 tab-separated fields"),
    ],
    ids=["gbk", "empty", "header-only", "short-row"],
)
def test_eval_asr_on_a_malformed_tsv(tmp_path: Path, content: bytes, problem: str) -> None:
    folder = _asr_folder(tmp_path, content)
    assert problem in _refused("eval", "asr", str(folder), cwd=tmp_path)


def test_eval_asr_on_unreadable_or_missing_audio(tmp_path: Path) -> None:
    folder = _asr_folder(tmp_path, REFERENCE.encode(), audio=b"RIFF\x00\x00not really a wave")
    line = _refused("eval", "asr", str(folder), cwd=tmp_path)
    assert line == f"{folder / 'transcripts.tsv'}:2: audio file clip.wav cannot be used (corrupt)"
    (folder / "clip.wav").unlink()
    line = _refused("eval", "asr", str(folder), cwd=tmp_path)
    assert line.endswith(":2: audio file clip.wav cannot be used (not_found)")


def test_eval_resume_ner_on_malformed_files(tmp_path: Path) -> None:
    path = tmp_path / "dev.char.bmes"
    assert _refused("eval", "resume-ner", str(path), cwd=tmp_path) == f"{path}: no such file"
    assert _refused("eval", "resume-ner", str(tmp_path), cwd=tmp_path).endswith("is not a file")
    path.write_bytes(b"")
    assert _refused("eval", "resume-ner", str(path), cwd=tmp_path) == f"{path}: is empty"
    path.write_bytes("张 B-NAME\n伟 E-NAME\n".encode("gbk"))
    assert "dev.char.bmes:1: is not UTF-8 text" in _refused(
        "eval", "resume-ner", str(path), cwd=tmp_path
    )
    path.write_text("张 B-NAME\n伟 E-NAME extra\n", encoding="utf-8")
    assert _refused("eval", "resume-ner", str(path), cwd=tmp_path) == (
        f"{path}:2: expected 'CHAR TAG' (2 fields), got 3: '伟 E-NAME extra'"
    )


def test_eval_resume_fields_on_a_missing_or_wrong_folder(tmp_path: Path) -> None:
    missing = tmp_path / "corpus"
    assert _refused("eval", "resume-fields", str(missing), cwd=tmp_path) == (
        f"{missing}: no such folder"
    )
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    line = _refused("eval", "resume-fields", str(tmp_path / "file.txt"), cwd=tmp_path)
    assert line.endswith("file.txt: is not a folder")
    missing.mkdir()
    assert _refused("eval", "resume-fields", str(missing), cwd=tmp_path).startswith(
        f"{missing / 'gold.jsonl'}: no such file"
    )


GOLD_ROW = '{"file": "a.pdf", "layout": "x", "fields": {}, "work": [], "education": []}'


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "gold.jsonl: is empty"),
        (GOLD_ROW.encode("utf-16"), "gold.jsonl:1: is not UTF-8 text"),
        (b"{not json\n", "gold.jsonl:1: not valid JSON"),
        (b"[1, 2]\n", "gold.jsonl:1: each line must be a JSON object"),
        (b'{"file": "a.pdf"}\n', "gold.jsonl:1: lacks key(s) layout, fields, work, education"),
        (GOLD_ROW.replace("a.pdf", "b.pdf").encode(), "gold.jsonl:1: resume file b.pdf not found"),
        (GOLD_ROW.replace('"work": []', '"work": 3').encode(), "'work' a list"),
    ],
    ids=["empty", "utf16", "bad-json", "not-object", "missing-keys", "missing-file", "bad-type"],
)
def test_eval_resume_fields_on_a_malformed_gold_file(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "gold.jsonl").write_bytes(content)
    assert problem in _refused("eval", "resume-fields", str(folder), cwd=tmp_path)


GOOD_LINE = '{"q": "intro", "label": 3, "kind": "genuine3", "text": "我做了三年客服。"}'


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "answers.jsonl: is empty"),
        (b'{"q": "intro"', "answers.jsonl:1: not valid JSON"),
        (b"[1, 2]\n", "answers.jsonl:1: each line must be a JSON object"),
        (
            GOOD_LINE.encode("gbk") + b"\n",
            "answers.jsonl:1: is not UTF-8 text",
        ),
        (
            (GOOD_LINE + "\n" + '{"q": "intro", "label": 3}').encode(),
            "answers.jsonl:2: missing field(s) kind, text",
        ),
        (
            '{"q": "nope", "label": 3, "kind": "vague", "text": "好"}'.encode(),
            "answers.jsonl:1: unknown question key 'nope' (known: ",
        ),
        (
            '{"q": "intro", "label": 6, "kind": "vague", "text": "好"}'.encode(),
            "answers.jsonl:1: label must be an integer 1-5, got 6",
        ),
        (
            b'{"q": "intro", "label": 2, "kind": "vague", "text": "  "}',
            "answers.jsonl:1: text must be a non-empty string",
        ),
        (
            '{"q": "intro", "label": 2, "kind": "vague", "text": "好", '
            '"dims": {"teamwork": 2}}'.encode(),
            "answers.jsonl:1: dimension 'teamwork' is not tagged on question 'intro'",
        ),
    ],
    ids=["empty", "bad-json", "not-object", "gbk", "missing", "unknown-q", "label", "text", "dim"],
)
def test_eval_scoring_on_a_malformed_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "answers.jsonl"
    path.write_bytes(content)
    assert problem in _refused("eval", "scoring", str(path), cwd=tmp_path)


def test_eval_scoring_on_a_missing_file_or_an_unknown_engine(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    assert _refused("eval", "scoring", str(path), cwd=tmp_path) == f"{path}: no such file"
    path.write_text(GOOD_LINE + "\n", encoding="utf-8")
    line = _refused("eval", "scoring", str(path), "--engine", "gpt", cwd=tmp_path)
    assert line.startswith("Unknown engine gpt (known: ")
    line = _refused("eval", "scoring", str(path), "--engine", "llm", cwd=tmp_path)
    assert line == (
        "the LLM judge needs DINGHIRE_ANALYSIS_LLM_BASE_URL and DINGHIRE_ANALYSIS_LLM_MODEL"
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "people.tsv: is empty"),
        (b"gender\tscore\n\xe5\xa5\xb3\t1\n", "header lacks column(s) selected"),
        (b"selected\tscore\n1\t3\n", "people.tsv:1: no attribute columns besides selected"),
        ("gender\tselected\n女\tyes\n".encode(), "people.tsv:2: selected must be 0 or 1"),
        ("gender\tselected\tscore\n女\t1\thigh\n".encode(), "people.tsv:2: score must be a"),
        ("gender\tselected\n男\t1\n".encode("gbk"), "people.tsv:2: is not UTF-8 text"),
        (b"gender\tselected\n", "people.tsv: has a header but no rows"),
    ],
    ids=["empty", "no-selected", "no-attribute", "bad-flag", "bad-score", "gbk", "header-only"],
)
def test_eval_fairness_on_a_malformed_tsv(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "people.tsv"
    path.write_bytes(content)
    assert problem in _refused("eval", "fairness", str(path), cwd=tmp_path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "hires.tsv: is empty"),
        (b"logic\tperf\n1\t2\n", "header lacks column(s) outcome"),
        (b"outcome\n3\n", "hires.tsv:1: no predictor columns besides outcome"),
        (b"outcome\tlogic\ngood\t5\n", "hires.tsv:2: outcome must be a number, got 'good'"),
        (b"outcome\tlogic\n3\tfive\n", "hires.tsv:2: logic must be a number, got 'five'"),
        (b"outcome\tlogic\n3\n", "hires.tsv:2: 1 tab-separated fields"),
    ],
    ids=["empty", "no-outcome", "no-predictor", "bad-outcome", "bad-predictor", "short-row"],
)
def test_eval_validity_on_a_malformed_tsv(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "hires.tsv"
    path.write_bytes(content)
    assert problem in _refused("eval", "validity", str(path), cwd=tmp_path)


def test_eval_fairness_and_validity_on_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.tsv"
    assert _refused("eval", "fairness", str(path), cwd=tmp_path) == f"{path}: no such file"
    assert _refused("eval", "validity", str(path), cwd=tmp_path) == f"{path}: no such file"


def test_every_eval_subcommand_is_covered_here() -> None:
    from dinghire.cli import eval_app

    names = {
        c.name or (c.callback.__name__ if c.callback else "") for c in eval_app.registered_commands
    }
    assert names <= COVERED, f"add malformed-input cases for: {sorted(names - COVERED)}"
