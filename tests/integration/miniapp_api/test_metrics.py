"""/metrics: HTTP latency by route template, queue depth, outbox backlog, job failures."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from arq import Retry

from dinghire.metrics import instrument_job
from workflows.budget.models import ApiCallCount
from workflows.budget.service import month_of
from workflows.messaging.models import OutboxMessage, OutboxStatus


def _value(text: str, prefix: str) -> float:
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{prefix} not in metrics")


async def test_requests_are_counted_by_route_template_not_raw_path(
    client: httpx.AsyncClient,
) -> None:
    before = (await client.get("/metrics")).text
    key = 'dinghire_http_request_duration_seconds_count{method="GET",route="/i/{invite_token}"'
    start = _value(before, key) if key in before else 0.0
    await client.get("/i/first-secret-token")
    await client.get("/i/second-secret-token")
    text = (await client.get("/metrics")).text
    assert _value(text, key) == start + 2
    assert "secret-token" not in text


async def test_outbox_backlog_and_queue_depth_are_read_at_scrape_time(
    client: httpx.AsyncClient,
) -> None:
    now = datetime.now(UTC)
    for n, status in enumerate((OutboxStatus.PENDING, OutboxStatus.PENDING, OutboxStatus.DEAD)):
        await OutboxMessage.create(
            dedup_key=f"metrics-test-{n}",
            channel="dingtalk",
            recipient="user:u1",
            status=status,
            next_attempt_at=now,
        )
    text = (await client.get("/metrics")).text
    assert _value(text, 'dinghire_outbox_messages{status="pending"}') == 2
    assert _value(text, 'dinghire_outbox_messages{status="dead"}') == 1
    assert _value(text, "dinghire_queue_depth") == 0


async def test_failing_jobs_are_counted_by_name(client: httpx.AsyncClient) -> None:
    @instrument_job
    async def flaky_metrics_job(ctx: dict[str, str]) -> None:
        raise RuntimeError("boom")

    for _ in range(2):
        with pytest.raises(RuntimeError):
            await flaky_metrics_job({})
    text = (await client.get("/metrics")).text
    assert _value(text, 'dinghire_job_failures_total{job="flaky_metrics_job"}') >= 2
    assert 'dinghire_job_duration_seconds_count{job="flaky_metrics_job",outcome="failed"}' in text


async def test_the_months_dingtalk_calls_are_read_at_scrape_time(
    client: httpx.AsyncClient,
) -> None:
    # The org's monthly quota (OD:how-to-process-api-throttling-on-the-dingtalk-server) is
    # watched from the counted calls.
    await ApiCallCount.create(month=month_of(datetime.now(UTC)), api="robot batchSend", calls=42)
    await ApiCallCount.create(month="2020-01", api="robot batchSend", calls=7)
    text = (await client.get("/metrics")).text
    assert _value(text, 'dinghire_dingtalk_api_calls{api="robot batchSend"}') == 42


async def test_a_retry_request_is_not_counted_as_a_failure(client: httpx.AsyncClient) -> None:
    @instrument_job
    async def retrying_metrics_job(ctx: dict[str, str]) -> None:
        raise Retry(defer=1)

    with pytest.raises(Retry):
        await retrying_metrics_job({})
    text = (await client.get("/metrics")).text
    assert 'dinghire_job_duration_seconds_count{job="retrying_metrics_job",outcome="retry"}' in text
    assert 'dinghire_job_failures_total{job="retrying_metrics_job"}' not in text
