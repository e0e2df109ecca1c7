"""`dinghire eval fairness|validity` print the figures: on the synthetic cohort the planted
adverse impact is marked and the clean attributes are not; validity shows the truth beside the
reported interval; a TSV export is read as well."""

from __future__ import annotations

from pathlib import Path

from tests.integration.cli.test_cli import run_cli


def test_eval_fairness_on_the_synthetic_cohort(tmp_path: Path) -> None:
    proc = run_cli("eval", "fairness", "--n", "1500", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "planted adverse impact: gender=女" in out
    female = next(line for line in out.splitlines() if line.strip().startswith("女 "))
    assert female.rstrip().endswith("ADVERSE")
    block = out.split("region — selection", 1)[1].split("school_tier —", 1)[0]
    assert "ADVERSE" not in block


def test_eval_validity_on_the_synthetic_cohort_and_on_a_tsv(tmp_path: Path) -> None:
    proc = run_cli("eval", "validity", "--n", "1500", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    logic = next(line for line in proc.stdout.splitlines() if line.strip().startswith("逻辑思维"))
    assert "0.40" in logic and logic.rstrip().endswith("yes")
    path = tmp_path / "hires.tsv"
    rows = "\n".join(f"{y}\t{x}\t{'' if x % 3 == 0 else x % 4}" for x, y in enumerate(range(40)))
    path.write_text("outcome\tlogic\tteam\n" + rows + "\n", encoding="utf-8")
    proc = run_cli("eval", "validity", str(path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"{path}: 40 people" in proc.stdout
    logic_line = next(line for line in proc.stdout.splitlines() if "logic" in line)
    assert "+1.000" in logic_line and "40" in logic_line
    team_line = next(line for line in proc.stdout.splitlines() if "team" in line)
    assert "26" in team_line and "太少，不能下结论" in team_line  # 14 blanks: 26 pairs
