"""The scoring eval harness: rank correlation, ordered pairs and the printed figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.scoring import LexicalScorer
from analysis.scoring.evaluate import format_report, load_answers, score_all, spearman
from workflows.seed.specs import seed_dimensions, seed_questions


def test_spearman_handles_ties_and_constants() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([4, 3, 2, 1], [1, 2, 3, 4]) == pytest.approx(-1.0)
    assert spearman([1, 1, 2, 2], [1, 2, 3, 4]) == pytest.approx(0.894, abs=1e-3)
    assert spearman([5, 5, 5], [1, 2, 3]) == 0.0


def test_report_counts_pairs_per_question_and_evidence(tmp_path: Path) -> None:
    rows = [
        {
            "q": "incident_b",
            "label": 5,
            "kind": "genuine5",
            "dims": {"backend_expertise": 5, "problem_solving": 5},
            "text": "去年大促前压测，下单接口P99是八百毫秒。我用链路追踪发现库存服务串行调用三次，"
            "改成批量查询并加了本地缓存，P99降到一百二十毫秒，后来把压测放进了每次发布的流程。",
        },
        {"q": "incident_b", "label": 2, "kind": "vague", "text": "我觉得性能优化很重要。"},
        {"q": "incident_b", "label": 1, "kind": "wrong", "text": "慢就慢吧，我把告警关掉了。"},
        {"q": "values", "label": 2, "kind": "rambling", "text": "团队很重要，大家都很重要。"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    questions = seed_questions()
    items = load_answers(path, questions)
    scored, ms = score_all(items, LexicalScorer(), questions, seed_dimensions())
    report = format_report(path, "lexical", "lexical", scored, ms)
    assert "Spearman rho " in report
    assert "backend_expertise: Spearman rho" in report
    # One good answer of incident_b and one weak one: values' rambling has no good peer.
    assert re.search(r"ordered pairs [01]/1 ", report), report
    assert re.search(r"wrong below good [01]/1$", report, re.MULTILINE), report
    assert "repeat identical 4/4" in report
    assert "ms/answer" in report
