"""The matching engine port: lexical by default, PaddleNLP only when configured and installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from analysis.scoring import LexicalEngine
from analysis.scoring.paddle_engine import EngineUnavailableError, PaddleNlpEngine, build_engine


def test_no_paddlenlp_dir_means_the_lexical_engine() -> None:
    assert isinstance(build_engine(None), LexicalEngine)


def test_missing_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailableError, match="similarity model not found"):
        build_engine(tmp_path)


@pytest.mark.skipif(
    importlib.util.find_spec("paddlenlp") is not None, reason="paddlenlp is installed here"
)
def test_configured_paddlenlp_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "similarity").mkdir()
    with pytest.raises(EngineUnavailableError, match="paddlenlp is not installed"):
        build_engine(tmp_path)


def test_paddlenlp_engine_scores_similar_sentences_higher(tmp_path: Path) -> None:
    if importlib.util.find_spec("paddlenlp") is None:
        pytest.skip("!!! SKIPPED: paddlenlp is not installed (optional extra, not in CI) !!!")
    model_dir = Path("var/models/paddlenlp")
    if not (model_dir / "similarity").is_dir():
        pytest.skip(f"!!! SKIPPED: no PaddleNLP similarity model under {model_dir} !!!")
    engine = PaddleNlpEngine(model_dir)
    close = engine.similarity("我定位到了慢查询并加了索引", ["定位根因并优化数据库索引"])
    far = engine.similarity("我周末喜欢爬山", ["定位根因并优化数据库索引"])
    assert close > far
