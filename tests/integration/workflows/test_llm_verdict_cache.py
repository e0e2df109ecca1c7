"""The LLM judge's verdict cache on the database: hits across processes, encrypted at rest,
purged with the retention run."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from analysis.scoring.llm import LlmScorer, Verdict
from dinghire.scoring import build_process_scorer
from settings import DatabaseSettings, ScoringEngine, Settings
from tests.unit.analysis.scoring.llm.chat_server import ChatServer, verdict_json
from tests.unit.analysis.scoring.llm.support import DIMS, INCIDENT, LexicalScorer, config
from tests.unit.analysis.scoring.rubric import STRONG_INCIDENT, typed
from workflows.assessments.models import LlmVerdict
from workflows.assessments.verdict_cache import OrmVerdictCache
from workflows.privacy.vault import PiiVault
from workflows.retention.sweep import RetentionPolicy, enforce_retention
from workflows.storage.local import LocalEncryptedStore

QUOTE = "我加了联合索引并对接口做了限流"


@pytest.fixture
def server() -> Iterator[ChatServer]:
    srv = ChatServer(lambda r: verdict_json(4, [QUOTE], "定位根因并采取了具体措施"))
    yield srv
    srv.stop()


@pytest.fixture
def vault() -> PiiVault:
    return PiiVault(os.urandom(32), os.urandom(32))


async def _score_in_thread(scorer: LlmScorer) -> object:
    return await asyncio.to_thread(scorer.score, typed(STRONG_INCIDENT), INCIDENT, DIMS)


async def test_second_scoring_is_a_cache_hit_from_the_database(
    db: DatabaseSettings, server: ChatServer, vault: PiiVault
) -> None:
    loop = asyncio.get_running_loop()
    # Two scorers with two cache objects: like two worker processes sharing the database.
    first = LlmScorer(config(server.base_url), OrmVerdictCache(vault, loop))
    second = LlmScorer(config(server.base_url), OrmVerdictCache(vault, loop))
    try:
        a = await _score_in_thread(first)
        assert server.calls == 2
        b = await _score_in_thread(second)
    finally:
        first.close()
        second.close()
    assert server.calls == 2
    assert a == b
    rows = await LlmVerdict.all().order_by("dimension_code")
    assert [r.dimension_code for r in rows] == ["backend_expertise", "problem_solving"]
    for row in rows:
        assert (row.engine, row.model) == ("llm", "test-judge-7b")
        # The quote is the candidate's words: only ciphertext on disk, under a keyed hash.
        assert QUOTE not in row.verdict_enc and "联合索引" not in row.verdict_enc
        assert len(row.key_hash) == 64


async def test_another_key_cannot_read_the_verdict(db: DatabaseSettings, vault: PiiVault) -> None:
    loop = asyncio.get_running_loop()
    cache = OrmVerdictCache(vault, loop)
    scorer = LlmScorer(config("http://127.0.0.1:9/v1"), cache)
    key = scorer.cache_key(INCIDENT, DIMS[0], STRONG_INCIDENT)
    scorer.close()
    await cache.aput(key, Verdict(4, (QUOTE,), "理由"))
    assert await cache.aget(key) == Verdict(4, (QUOTE,), "理由")
    other = OrmVerdictCache(PiiVault(os.urandom(32), os.urandom(32)), loop)
    assert await other.aget(key) is None


async def test_calling_the_blocking_cache_on_the_loop_thread_is_refused(
    db: DatabaseSettings, vault: PiiVault
) -> None:
    cache = OrmVerdictCache(vault, asyncio.get_running_loop())
    scorer = LlmScorer(config("http://127.0.0.1:9/v1"))
    key = scorer.cache_key(INCIDENT, DIMS[0], STRONG_INCIDENT)
    scorer.close()
    with pytest.raises(RuntimeError, match="worker thread"):
        cache.get(key)


async def test_retention_purges_verdicts_older_than_the_candidate_period(
    db: DatabaseSettings, vault: PiiVault, tmp_path: Path
) -> None:
    cache = OrmVerdictCache(vault, asyncio.get_running_loop())
    scorer = LlmScorer(config("http://127.0.0.1:9/v1"))
    old_key = scorer.cache_key(INCIDENT, DIMS[0], STRONG_INCIDENT)
    new_key = scorer.cache_key(INCIDENT, DIMS[1], STRONG_INCIDENT)
    scorer.close()
    await cache.aput(old_key, Verdict(3, (QUOTE,), "旧"))
    await cache.aput(new_key, Verdict(4, (QUOTE,), "新"))
    now = datetime.now(UTC)
    await LlmVerdict.filter(dimension_code=DIMS[0].code).update(
        created_at=now - timedelta(days=200)
    )
    store = LocalEncryptedStore(tmp_path / "store", os.urandom(32))
    report = await enforce_retention(store, RetentionPolicy(candidate_days=180), now=now)
    assert report.verdicts_deleted == 1
    assert await cache.aget(old_key) is None
    assert await cache.aget(new_key) == Verdict(4, (QUOTE,), "新")


async def test_the_process_scorer_follows_the_setting(
    db: DatabaseSettings, server: ChatServer, vault: PiiVault, settings: Settings
) -> None:
    offline = LexicalScorer()
    assert build_process_scorer(settings, vault, offline).engine == "lexical"
    llm = settings.model_copy(
        update={
            "analysis": settings.analysis.model_copy(
                update={
                    "scoring_engine": ScoringEngine.LLM,
                    "llm_base_url": server.base_url,
                    "llm_model": "test-judge-7b",
                }
            )
        }
    )
    scorer = build_process_scorer(llm, vault, offline)
    assert (scorer.engine, scorer.model) == ("llm", "test-judge-7b")
    first = await asyncio.to_thread(scorer.score, typed(STRONG_INCIDENT), INCIDENT, DIMS)
    again = await asyncio.to_thread(scorer.score, typed(STRONG_INCIDENT), INCIDENT, DIMS)
    assert first.engine == "llm" and again == first
    assert server.calls == 2  # one per dimension: the second answer came from the database
    assert await LlmVerdict.all().count() == 2
    server.stop()
    down = await asyncio.to_thread(
        scorer.score, typed(STRONG_INCIDENT + "我写了复盘。"), INCIDENT, DIMS
    )
    assert down.engine == "lexical" and "无法连接" in down.fallback_reason
