"""`dinghire resume parse`, `dinghire resume corpus` and `dinghire eval resume-fields`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fixtures.resumes.resume_fixtures import make_text_pdf
from tests.integration.cli.test_cli import run_cli


def test_resume_parse_shows_city_intent_and_dated_entries(tmp_path: Path) -> None:
    path = tmp_path / "张伟.pdf"
    path.write_bytes(make_text_pdf())
    proc = run_cli("resume", "parse", str(path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "现居城市: 杭州" in out
    assert "期望职位: 高级后端工程师" in out
    assert "2016.03-至今  杭州云栖科技有限公司" in out
    assert "2008.09-2012.06  浙江大学" in out
    assert "技能（简历所列）: Java" in out


def test_resume_parse_json_has_current_city(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_text_pdf())
    proc = run_cli("resume", "parse", "--json", str(path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    parsed = json.loads(proc.stdout)
    assert parsed["current_city"]["value"] == "杭州"
    assert parsed["work_history"][0]["end_is_present"] is True


def test_resume_parse_keeps_the_clear_message_for_an_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(make_text_pdf(password="secret"))
    proc = run_cli("resume", "parse", str(path), cwd=tmp_path)
    assert proc.returncode == 1
    assert "加密" in proc.stderr and "Traceback" not in proc.stderr


def test_generated_corpus_is_scored_per_field_layout_and_entry(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    made = run_cli("resume", "corpus", str(folder), "--per-layout", "1", "--no-scans", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("10 resumes in 10 layouts")
    proc = run_cli("eval", "resume-fields", str(folder), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "field accuracy:" in out and "per layout" in out
    for layout in ("pdf_headers_after", "pdf_sidebar_left", "pdf_timeline", "docx_two_cells"):
        assert f"  {layout} " in out
    assert "work entries: precision" in out and "education entries: precision" in out
