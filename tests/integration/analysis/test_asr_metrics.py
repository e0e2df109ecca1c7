"""The ASR real-time factor: an analysed recording reports it, and a worker exposes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from dinghire.bootstrap import bootstrap, build_vault, shutdown
from dinghire.jobs import job_functions
from dinghire.metrics import observe_asr, serve_worker_metrics
from settings import DatabaseSettings, Settings
from tests.integration.analysis.factories import submitted_interview
from tests.integration.analysis.spoken_media import ANSWERS_PINYIN, spoken_answer_video
from tests.support import free_port
from workflows.assessments.jobs import ASR_OBSERVER_KEY, analyse_answer_job
from workflows.background.queue import InProcessJobQueue
from workflows.events import EventBus
from workflows.interviews.models import AnswerMode
from workflows.storage.local import LocalEncryptedStore

pytestmark = pytest.mark.timeout(600)


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
async def test_analysing_a_recording_reports_its_asr_real_time_factor(
    db: DatabaseSettings, settings: Settings, tmp_path: Path
) -> None:
    store = LocalEncryptedStore(tmp_path / "store", settings.security.master_key_bytes())
    vault = build_vault(settings)
    media = spoken_answer_video(ANSWERS_PINYIN[0], tmp_path / "a.mp4")
    interview = await submitted_interview(vault, [media], store=store, mode=AnswerMode.VIDEO)
    seen: list[tuple[str, float, float]] = []
    ctx: dict[str, Any] = {
        "settings": settings,
        "vault": vault,
        "store": store,
        "job_try": 1,
        "bus": EventBus(),
        ASR_OBSERVER_KEY: lambda engine, asr_s, audio_s: seen.append((engine, asr_s, audio_s)),
    }
    ctx["queue"] = InProcessJobQueue(job_functions(), ctx, max_tries=1)
    await analyse_answer_job(ctx, interview.answer_ids[0])
    await ctx["queue"].drain(60)
    ((engine, asr_s, audio_s),) = seen
    assert engine == "faster-whisper/base"
    assert asr_s > 0 and 3 < audio_s < 30  # a few seconds of espeak speech
    print(f"\nASR real-time factor: {asr_s / audio_s:.2f} ({asr_s:.1f} s for {audio_s:.1f} s)")


async def test_every_process_wires_the_observer_into_its_job_ctx(settings: Settings) -> None:
    container = await bootstrap(settings, connect_db=False)
    try:
        assert container.job_ctx[ASR_OBSERVER_KEY] is observe_asr
    finally:
        await shutdown(container, disconnect_db=False)


def test_a_worker_serves_the_asr_real_time_factor_on_its_metrics_port() -> None:
    port = free_port()
    assert serve_worker_metrics("127.0.0.1", port)
    observe_asr("test-engine/rtf", 3.0, 10.0)
    body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    assert 'dinghire_asr_real_time_factor_bucket{engine="test-engine/rtf",le="0.3"} 1.0' in body
    assert 'dinghire_asr_real_time_factor_bucket{engine="test-engine/rtf",le="0.2"} 0.0' in body
    assert 'dinghire_asr_audio_seconds_total{engine="test-engine/rtf"} 10.0' in body
    assert "dinghire_job_duration_seconds" in body
    assert not serve_worker_metrics("127.0.0.1", port)  # taken: reported, not raised
