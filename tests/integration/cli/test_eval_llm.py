"""`dinghire eval scoring --engine llm` against a local OpenAI-compatible server."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli.test_cli import run_cli
from tests.unit.analysis.scoring.llm.chat_server import (
    ChatRequest,
    ChatServer,
    first_sentence,
    verdict_json,
)

ANSWERS = [
    {
        "q": "incident_b",
        "label": 5,
        "kind": "genuine5",
        "text": "上个月订单服务凌晨报警，接口超时率升到百分之八。我先看监控，定位到一条慢查询，"
        "加了索引后二十分钟恢复。之后我们补了慢查询告警。",
    },
    {
        "q": "incident_b",
        "label": 1,
        "kind": "vague",
        "text": "我处理过很多线上问题，遇到问题我会认真分析，和同事一起想办法解决。",
    },
]


def judge(request: ChatRequest) -> str:
    level = 4 if "慢查询" in request.answer else 2
    return verdict_json(level, [first_sentence(request.answer)], "按行为表现评定")


def test_eval_scoring_measures_the_llm_judge_then_reports_its_fallback(tmp_path: Path) -> None:
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ANSWERS), "utf-8")
    server = ChatServer(judge)
    env = {
        "DINGHIRE_ANALYSIS_LLM_BASE_URL": server.base_url,
        "DINGHIRE_ANALYSIS_LLM_MODEL": "test-judge-7b",
        "DINGHIRE_ANALYSIS_LLM_RETRIES": "0",
    }
    try:
        up = run_cli("eval", "scoring", str(path), "--engine", "llm", env=env, cwd=tmp_path)
    finally:
        server.stop()
    assert up.returncode == 0, up.stderr
    assert "engine llm (test-judge-7b), 2 answers" in up.stdout
    assert "Spearman rho 1.000" in up.stdout
    assert "repeat identical 2/2" in up.stdout
    assert "scored by the fallback" not in up.stdout
    # Each tagged dimension was judged once: the repeat came from the verdict cache.
    assert server.calls == 2 * 2
    down = run_cli("eval", "scoring", str(path), "--engine", "llm", env=env, cwd=tmp_path)
    assert down.returncode == 0, down.stderr
    assert "scored by the fallback offline instead: 2/2" in down.stdout
    assert "无法连接" in down.stdout
