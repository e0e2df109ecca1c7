"""Accepting an offer files the interview summary in the 智能人事 archive fields (emulator)."""
# ruff: noqa: F811  (fixtures are imported from adapter_support and used as parameters)

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from integrations.dingtalk.clients import DingTalkClients
from settings import DatabaseSettings, Settings
from tests.integration.dingtalk.adapter_support import (  # noqa: F401 - fixtures
    Emu,
    clients,
    emu,
    emu_server,
)
from tests.integration.workflows.offers.onboarding_support import (
    RecordingQueue,
    approved_offer,
    make_deps,
    onboarding_settings,
)
from workflows.background.names import JobName
from workflows.messaging.models import OutboxMessage
from workflows.offers.acceptance import accept_offer
from workflows.offers.preentry import DEFAULT_ARCHIVE_FIELDS
from workflows.offers.training import ensure_default_catalogue

NEW_PREENTRY = "/v1.0/hrm/preentries"


def _with_archive_names(settings: Settings, names: dict[str, str]) -> Settings:
    offers = settings.offers.model_copy(update={"archive_field_names": names})
    return settings.model_copy(update={"offers": offers})


async def test_accepting_files_the_record_and_the_interview_summary_in_the_archive(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    settings = onboarding_settings(tmp_path)
    deps = make_deps(settings, clients.hrm, RecordingQueue())
    offer = await approved_offer(deps.vault)
    await ensure_default_catalogue()

    accepted = await accept_offer(offer.id, remark="", deps=deps)

    # Custom field codes are DingTalk's (OD:intelligent-personnel-roster-metadata-query).
    meta = (await clients.hrm.roster_fields()).by_name
    code = {key: meta[name].code for key, name in DEFAULT_ARCHIVE_FIELDS.items()}
    (entry,) = await asyncio.to_thread(emu.control.preentries)
    assert accepted.preentry_user_id == entry.userid
    # The training plan for the weakest assessed dimension sits in the employee record too.
    assert entry.fields[code["training"]].startswith("沟通表达：《")
    assert entry.source == "api"
    assert entry.pre_entry_time == "2026-12-15 09:00:00"
    base = settings.server.public_base_url.rstrip("/")
    fields = entry.fields
    assert fields["sys00-name"] == "赵六"
    assert fields["sys00-mobile"] == "13912345678"
    assert fields["sys00-confirmJoinTime"] == "2026-12-15"
    assert (fields["sys00-mainDeptId"], fields["sys00-mainDept"]) == ("3", "研发部")
    assert fields["sys00-deptIds"] == "3"
    assert fields["sys00-position"] == "高级后端开发工程师"
    assert fields["sys00-workPlace"] == "杭州"
    assert fields[code["score"]] == "68.5"
    assert fields[code["summary"]] == "优势：后端技术；待提升：沟通表达"
    app_id = offer.application_id  # type: ignore[attr-defined]
    assert fields[code["report"]].startswith(f"{base}/r/{app_id}?t=")
    # HR reading the roster through the SDK sees the summary on the 待入职 record.
    (roster,) = await clients.hrm.read_roster((entry.userid,), (code["score"], "sys00-mobile"))
    assert roster.fields == {code["score"]: "68.5", "sys00-mobile": "13912345678"}
    assert not await OutboxMessage.filter(dedup_key=f"preentry_unwritten:{offer.id}").exists()


async def test_the_archive_fields_are_the_ones_the_org_configured(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    names = {"score": "面试报告", "report": "sys00-remark"}
    settings = _with_archive_names(onboarding_settings(tmp_path), names)
    deps = make_deps(settings, clients.hrm, RecordingQueue())
    offer = await approved_offer(deps.vault)

    await accept_offer(offer.id, remark="", deps=deps)

    meta = (await clients.hrm.roster_fields()).by_name
    (entry,) = await asyncio.to_thread(emu.control.preentries)
    assert entry.fields[meta["面试报告"].code] == "68.5"
    app_id = offer.application_id  # type: ignore[attr-defined]
    assert f"/r/{app_id}?t=" in entry.fields["sys00-remark"]
    # Not configured: no summary field, and none of the other default fields either.
    others = {meta[n].code for n in DEFAULT_ARCHIVE_FIELDS.values() if n != "面试报告"}
    assert not others & set(entry.fields)


async def test_a_refused_archive_still_creates_the_record_without_the_summary(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, RecordingQueue())
    offer = await approved_offer(deps.vault)
    # e.g. the org never created the custom fields: the new API refuses the call for good.
    await asyncio.to_thread(
        emu.control.fail_next, NEW_PREENTRY, 1, status=400, code="InvalidParameter"
    )

    accepted = await accept_offer(offer.id, remark="", deps=deps)

    (entry,) = await asyncio.to_thread(emu.control.preentries)
    assert accepted.preentry_user_id == entry.userid
    assert entry.source == "oapi"
    assert (entry.name, entry.mobile) == ("赵六", "13912345678")
    assert entry.extend_info["position"] == "高级后端开发工程师"
    assert entry.fields == {}
    told = await OutboxMessage.get(dedup_key=f"offer_accepted:{offer.id}")
    assert "已在智能人事创建待入职记录" in json.dumps(told.payload, ensure_ascii=False)
    # HR learns which interview fields are missing from the archive, and why.
    unwritten = await OutboxMessage.get(dedup_key=f"preentry_unwritten:{offer.id}")
    text = json.dumps(unwritten.payload, ensure_ascii=False)
    assert all(DEFAULT_ARCHIVE_FIELDS[key] in text for key in ("score", "summary", "report"))
    assert "InvalidParameter" in text


async def test_a_candidate_whose_mobile_is_in_the_org_is_left_to_hr_not_retried(
    db: DatabaseSettings, emu: Emu, clients: DingTalkClients, tmp_path: Path
) -> None:
    # OD:add-employees-to-be-hired-through-intelligent-personnel: a mobile already in the org
    # gets "系统繁忙" (errcode -1) for good.
    queue = RecordingQueue()
    deps = make_deps(onboarding_settings(tmp_path), clients.hrm, queue)
    offer = await approved_offer(deps.vault, phone="13800000001")

    accepted = await accept_offer(offer.id, remark="", deps=deps)

    assert accepted.preentry_user_id is None
    assert await asyncio.to_thread(emu.control.preentries) == []
    assert queue.ids(JobName.CREATE_PREENTRY) == []
    told = await OutboxMessage.get(dedup_key=f"offer_accepted:{offer.id}")
    assert "手机号已是本企业成员" in json.dumps(told.payload, ensure_ascii=False)
