"""The candidate's offer page over HTTP: letter, accept / decline, materials, progress."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from dinghire.bootstrap import Container
from integrations.dingtalk.clients import DingTalkClients
from settings import Settings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from tests.integration.miniapp_api.harness import JobLog, make_container
from tests.integration.workflows.offers.onboarding_support import approved_offer
from workflows.background.queue import InProcessJobQueue
from workflows.links import offer_url
from workflows.messaging.models import CandidateNotice
from workflows.offers.models import Offer, OfferStatus

PDF = b"%PDF-1.7\n" + b"0" * 2048 + b"\n%%EOF"


@pytest.fixture
async def container(
    api_settings: Settings, jobs: JobLog, clients: DingTalkClients
) -> AsyncIterator[Container]:
    """The API's container with 智能人事 on the emulator and a recording pre-entry job."""
    built = make_container(api_settings, jobs)
    retried: list[int] = []

    async def create_preentry_job(ctx: dict[str, Any], offer_id: int) -> None:
        retried.append(offer_id)

    queue = InProcessJobQueue([*jobs.functions(), create_preentry_job], built.job_ctx)
    built.queue, built._inprocess, built.dingtalk = queue, queue, clients
    yield built
    await built.drain_jobs(10)


def _auth(settings: Settings, offer: Offer) -> dict[str, str]:
    token = offer_url(settings, offer.id).rsplit("/o/", 1)[1]
    return {"Authorization": f"Bearer {token}"}


async def test_the_page_and_the_letter_with_its_notice(
    client: httpx.AsyncClient, container: Container, api_settings: Settings
) -> None:
    offer = await approved_offer(container.vault)
    await CandidateNotice.create(
        application_id=offer.application_id,  # type: ignore[attr-defined]
        kind="offer",
        dedup_key=f"offer-notice-{offer.id}",
        title="录用通知",
        body_enc=container.vault.encrypt("恭喜赵六获得录用", context="candidate_notice.body"),
    )
    token = offer_url(api_settings, offer.id).rsplit("/o/", 1)[1]

    page = await client.get(f"/o/{token}")
    letter = await client.get("/api/v1/offer", headers=_auth(api_settings, offer))

    assert page.status_code == 200 and "录用通知" in page.text
    assert letter.status_code == 200, letter.text
    body = letter.json()
    assert (body["job_title"], body["department"], body["city"]) == (
        "高级后端开发工程师",
        "研发部",
        "杭州",
    )
    assert (body["monthly_salary"], body["salary_min"], body["salary_max"]) == (26000, 22000, 30000)
    assert (body["status"], body["status_label"], body["start_date"]) == (
        "approved",
        "待你确认",
        "2026-12-15",
    )
    assert "身份证原件及复印件" in body["materials_to_bring"]
    assert [(n["title"], n["body"]) for n in body["notices"]] == [("录用通知", "恭喜赵六获得录用")]


async def test_a_bad_or_missing_token_is_refused_in_chinese(client: httpx.AsyncClient) -> None:
    forged = await client.get("/api/v1/offer", headers={"Authorization": "Bearer abc.def"})
    missing = await client.post("/api/v1/offer/accept", json={})
    for response in (forged, missing):
        assert response.status_code == 401
        assert "录用链接无效" in response.json()["error"]["message"]


async def test_accepting_uploading_and_progress_over_http(
    client: httpx.AsyncClient, container: Container, api_settings: Settings, emu: Emu
) -> None:
    offer = await approved_offer(container.vault)
    auth = _auth(api_settings, offer)

    early = await client.post(
        "/api/v1/offer/materials",
        headers=auth,
        data={"kind": "id_card"},
        files={"file": ("id.pdf", PDF, "application/pdf")},
    )
    accepted = await client.post("/api/v1/offer/accept", headers=auth, json={"remark": "按时报到"})
    twice = await client.post("/api/v1/offer/accept", headers=auth, json={})

    assert early.status_code == 409 and "接受录用后" in early.json()["error"]["message"]
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted"
    assert twice.status_code == 409 and "已接受" in twice.json()["error"]["message"]
    assert len(await asyncio.to_thread(emu.control.preentries)) == 1

    uploaded = await client.post(
        "/api/v1/offer/materials",
        headers=auth,
        data={"kind": "id_card"},
        files={"file": ("赵六身份证.pdf", PDF, "application/pdf")},
    )
    wrong = await client.post(
        "/api/v1/offer/materials",
        headers=auth,
        data={"kind": "diploma"},
        files={"file": ("diploma.pdf", b"<html>not a pdf</html>", "application/pdf")},
    )
    listed = await client.get("/api/v1/offer/materials", headers=auth)
    progress = await client.get("/api/v1/offer/progress", headers=auth)

    assert uploaded.status_code == 200, uploaded.text
    assert (uploaded.json()["label"], uploaded.json()["file_name"]) == ("身份证", "赵六身份证.pdf")
    assert wrong.status_code == 415
    assert "只支持 PDF、JPG、PNG" in wrong.json()["error"]["message"]
    assert [m["kind"] for m in listed.json()["items"]] == ["id_card"]
    steps = {s["key"]: s for s in progress.json()["steps"]}
    assert steps["accepted"]["state"] == "done"
    assert steps["materials"]["state"] == "current"
    assert steps["materials"]["detail"] == "还缺：毕业证书、银行卡"
    assert (steps["preentry"]["state"], steps["preentry"]["label"]) == ("done", "入职登记已创建")


async def test_declining_needs_a_reason(
    client: httpx.AsyncClient, container: Container, api_settings: Settings
) -> None:
    offer = await approved_offer(container.vault)
    auth = _auth(api_settings, offer)

    blank = await client.post("/api/v1/offer/decline", headers=auth, json={"reason": " "})
    declined = await client.post(
        "/api/v1/offer/decline", headers=auth, json={"reason": "已接受其他机会"}
    )

    assert blank.status_code == 422
    assert "请填写拒绝原因" in blank.json()["error"]["message"]
    assert declined.status_code == 200 and declined.json()["status"] == "declined"
    assert (await Offer.get(id=offer.id)).status == OfferStatus.DECLINED
