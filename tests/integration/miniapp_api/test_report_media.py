"""Recordings on the report page: decrypted bytes with HTTP Range, audited once per viewing."""

from __future__ import annotations

import os

import httpx
import pytest

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.report_factory import BuiltReport, build_report, staff
from tests.integration.miniapp_api.test_report_api import _sign_in_with_link
from workflows.privacy.audit import trail

# Larger than two 1 MiB sealed segments, so ranges cross segment boundaries.
MEDIA = b"\x1a\x45\xdf\xa3" + os.urandom(2 * 1024 * 1024 + 12345)
MIB = 1024 * 1024


@pytest.fixture
async def built(container: Container) -> BuiltReport:
    """A stored report whose second answer is MEDIA."""
    return await build_report(container.vault, container.store, MEDIA)


@pytest.fixture
async def hr_client(
    client: httpx.AsyncClient, api_settings: Settings, built: BuiltReport
) -> httpx.AsyncClient:
    """The client signed in as HR through the report link."""
    hr = await staff("hr001", "王芳", ["hr"])
    assert (await _sign_in_with_link(client, api_settings, built.application_id, hr)).is_success
    return client


def _url(built: BuiltReport) -> str:
    return f"/api/hr/answers/{built.media_answer_id}/media"


async def test_without_a_range_the_whole_decrypted_recording_is_sent(
    hr_client: httpx.AsyncClient, built: BuiltReport
) -> None:
    response = await hr_client.get(_url(built))
    assert response.status_code == 200
    assert response.content == MEDIA
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-type"] == "video/webm"
    assert int(response.headers["content-length"]) == len(MEDIA)


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=1000-", 1000, len(MEDIA) - 1),
        (f"bytes={MIB - 10}-{MIB + 9}", MIB - 10, MIB + 9),  # across a sealed segment boundary
        (f"bytes={2 * MIB}-{2 * MIB + 5000}", 2 * MIB, 2 * MIB + 5000),
        ("bytes=-500", len(MEDIA) - 500, len(MEDIA) - 1),
        (f"bytes=5-{len(MEDIA) + 1000}", 5, len(MEDIA) - 1),  # end clipped to the size
    ],
)
async def test_a_range_request_returns_exactly_those_decrypted_bytes(
    hr_client: httpx.AsyncClient, built: BuiltReport, header: str, start: int, end: int
) -> None:
    response = await hr_client.get(_url(built), headers={"Range": header})
    assert response.status_code == 206
    assert response.content == MEDIA[start : end + 1]
    assert response.headers["content-range"] == f"bytes {start}-{end}/{len(MEDIA)}"
    assert int(response.headers["content-length"]) == end - start + 1


async def test_a_range_past_the_end_is_unsatisfiable(
    hr_client: httpx.AsyncClient, built: BuiltReport
) -> None:
    response = await hr_client.get(_url(built), headers={"Range": f"bytes={len(MEDIA)}-"})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{len(MEDIA)}"


async def test_playing_is_audited_once_per_viewer_not_once_per_range_request(
    hr_client: httpx.AsyncClient, built: BuiltReport
) -> None:
    for header in ("bytes=0-", "bytes=100-200", f"bytes={MIB}-"):
        assert (await hr_client.get(_url(built), headers={"Range": header})).status_code == 206
    entries = [e for e in await trail("answer", built.media_answer_id)]
    assert [(e.actor, e.action) for e in entries] == [("staff:hr001", "answer.media_viewed")]
    assert entries[0].detail == {"application_id": built.application_id}


async def test_a_typed_answer_has_no_recording_to_play(
    hr_client: httpx.AsyncClient, built: BuiltReport
) -> None:
    response = await hr_client.get(f"/api/hr/answers/{built.text_answer_id}/media")
    assert response.status_code == 404
    assert "没有录像或录音" in response.json()["error"]["message"]
    missing = await hr_client.get("/api/hr/answers/999999/media")
    assert missing.status_code == 404
