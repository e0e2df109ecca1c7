"""`dinghire demo` as a newcomer runs it: every step printed, the Excel export and report links
left behind, the offer through to the pre-entry record; a used work folder is refused."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from openpyxl import load_workbook

from tests.fixtures.media.media_fixtures import tool_or_skip
from tests.support import REPO_ROOT

NAMES = ("林浩然", "周雨桐", "马俊杰")


def run_demo(
    *args: str, timeout: float = 900, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m dinghire demo ...` from the repo root, without the test session's settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DINGHIRE_")}
    env.pop("DINGTALK_OPENAPI_ENDPOINT", None)  # the demo picks its own emulator port
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, "-m", "dinghire", "demo", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_demo_runs_the_whole_journey_and_leaves_the_export_and_report_links(
    tmp_path: Path,
) -> None:
    tool_or_skip("ffmpeg")
    tool_or_skip("espeak-ng")
    workdir = tmp_path / "demo"

    proc = run_demo("--workdir", str(workdir))

    out = proc.stdout
    assert proc.returncode == 0, out[-3000:] + proc.stderr[-3000:]
    for step in range(1, 13):
        assert f"[{step}/12]" in out
        assert f"✔ 第 {step} 步完成" in out, f"step {step} did not finish:\n{out[-3000:]}"
    assert "✘" not in out + proc.stderr
    # Three resumes in three formats became three applications with match scores.
    for name in NAMES:
        assert f"卡片 card「新简历：{name}」" in out
    assert out.count("面试链接 interview link: http://127.0.0.1:") == 3
    # Every candidate was scored, and the ranking puts the strong candidate first.
    assert out.count("评分卡片 scored card → 王芳") == 3
    assert re.search(r"│ 1\. 林浩然（编号 \d+", out)
    assert "一键确认结果" in out
    # The Excel export: one row per candidate.
    exports = list(workdir.glob("*.xlsx"))
    assert len(exports) == 1
    book = load_workbook(exports[0], read_only=True)
    rows = [r for r in book.worksheets[0].iter_rows(min_row=2, values_only=True) if any(r)]
    book.close()
    assert len(rows) == 3
    assert {n for n in NAMES if any(n in str(cell) for row in rows for cell in row)} == set(NAMES)
    # Report links were printed and answered while the servers were up.
    links = re.findall(r"报告 report: (http://127\.0\.0\.1:\d+/r/\d+\?t=\S+)", out)
    assert len(set(links)) >= 3
    assert out.count("GET → HTTP 200") == 3
    for name in NAMES:  # the page's own calls: sign in with the link's token, read the report
        assert f"报告页数据 report data: {name} · 总分" in out
    # The offer: approval by manager and HR head, acceptance, pre-entry, training.
    assert "陈刚（用人经理） 在钉钉审批中点了「同意」" in out
    assert "李静（HR 负责人） 在钉钉审批中点了「同意」" in out
    assert "候选人打开 /o/ 页面 → HTTP 200" in out
    assert "智能人事 待入职 pre-entry: 林浩然" in out
    assert "→ 陈刚（用人经理）：林浩然 的培训建议" in out
    assert "演示完成 demo finished" in out
    assert re.search(r"招聘控制台 HR console: http://127\.0\.0\.1:\d+/console", out)
    # What the run leaves behind: a database holding the one demo job and its three applications.
    with closing(sqlite3.connect(workdir / "dinghire-demo.sqlite3")) as conn:
        assert conn.execute("select title from job").fetchall() == [("高级后端开发工程师",)]
        assert conn.execute("select count(*) from application").fetchone() == (3,)
    assert (workdir / "demo.log").is_file()
    assert len(list((workdir / "resumes").iterdir())) == 3
    assert list((workdir / "media").glob("*.mp4"))


def test_demo_refuses_a_folder_that_already_holds_a_run(tmp_path: Path) -> None:
    (tmp_path / "dinghire-demo.sqlite3").write_bytes(b"")

    proc = run_demo("--workdir", str(tmp_path), "--skip-offer", timeout=120)

    assert proc.returncode == 1
    assert "already holds a demo run" in proc.stderr
    assert "[1/12]" not in proc.stdout


def test_a_failing_step_is_named_and_the_demo_exits_non_zero(tmp_path: Path) -> None:
    # ffmpeg stays reachable, espeak-ng does not: step 4 (the recorded answers) must fail.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("ffmpeg", "ffprobe"):
        (bin_dir / tool).symlink_to(tool_or_skip(tool))

    proc = run_demo("--workdir", str(tmp_path / "demo"), "--skip-offer", path=str(bin_dir))

    assert proc.returncode == 1
    assert "✔ 第 3 步完成" in proc.stdout
    assert "✘ 第 4 步失败 step 4 failed: espeak-ng not found" in proc.stderr
    assert "deploy/system-deps.sh" in proc.stderr
    assert "[5/12]" not in proc.stdout
