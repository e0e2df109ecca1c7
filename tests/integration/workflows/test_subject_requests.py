"""Data-subject requests end to end: the copy holds their data; after erasure nothing readable
remains in the database, the object store, the outbox or the logs; only HR heads may ask."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from tortoise import Tortoise

from bot.presenters.privacy import erasure_receipt_text
from settings import DatabaseSettings, Settings
from tests.fakes import make_services
from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.assessments.models import AnalysisResult, Report
from workflows.candidates.models import Candidate, Resume
from workflows.errors import PermissionDeniedError
from workflows.interviews.models import Answer, AnswerMode, InterviewSession
from workflows.messaging.models import CandidateNotice, OutboxMessage
from workflows.offers.models import MaterialKind, Offer, OnboardingMaterial
from workflows.outcomes.models import DemographicProfile, HireOutcome, ReviewRequest
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog, CandidateKey, ConsentKind, ConsentRecord
from workflows.privacy.requests import erase_on_request, export_subject_data
from workflows.services import Services
from workflows.staff.models import Staff

from .factories import make_job

NAME, PHONE, EMAIL = "欧阳娜娜", "13912345678", "nana.ouyang@example.com"
SAID = "我在上一家公司主导了支付网关重构"
FOLLOW_UP = f"你提到「{SAID}」，具体负责哪一部分？"
REMARK = "希望七月十五日入职，住在西湖区文三路"
DEVICE = "Chrome 131 on 小米14 Pro"
IP = "203.0.113.77"
RESUME = b"%PDF-1.4 " + NAME.encode() + b" resume body"
RECORDING = b"\x1a\x45\xdf\xa3 webm of " + SAID.encode()
MATERIAL = b"\x89PNG id card scan of " + NAME.encode()
MARKERS = (NAME, PHONE, EMAIL, SAID, REMARK, DEVICE, IP, "西湖区")


@dataclass
class Person:
    candidate_id: int
    application_id: int
    files: list[str]


async def _person(deps: Services) -> Person:
    vault, store = deps.vault, deps.store
    job = await make_job()
    cand = await Candidate.create(masked_phone="139****5678", dingtalk_user_id="cand-user-1")
    own = cand.id
    await vault.unlock(own, create=True)
    cand.name_enc = vault.encrypt(NAME, context=contexts.CANDIDATE_NAME, owner=own)
    cand.phone_enc = vault.encrypt(PHONE, context=contexts.CANDIDATE_PHONE, owner=own)
    cand.email_enc = vault.encrypt(EMAIL, context=contexts.CANDIDATE_EMAIL, owner=own)
    await cand.save()
    await store.put(f"resumes/{own}/cv", RESUME, owner=own)
    parsed = json.dumps({"name": NAME, "phone": PHONE}, ensure_ascii=False)
    await Resume.create(
        candidate=cand,
        storage_key=f"resumes/{own}/cv",
        file_name=f"{NAME}的简历.pdf",
        sha256="x",
        parsed_enc=vault.encrypt(parsed, context=contexts.RESUME, owner=own),
    )
    app = await Application.create(
        candidate=cand, job=job, stage=Stage.SCORED, match_explanation={"school": "西湖区中学"}
    )
    await StageHistory.create(
        application=app,
        to_stage=Stage.SCORED,
        actor="staff:hr1",
        reason=f"{NAME}表现好",
        at=datetime.now(UTC),
    )
    session = await InterviewSession.create(
        application=app,
        plan=[
            {"kind": "question", "text": "介绍一个项目"},
            {"kind": "follow_up", "text": FOLLOW_UP},
        ],
        device_check={"browser": DEVICE},
    )
    await ConsentRecord.create(
        candidate=cand,
        kind=ConsentKind.RECORDING,
        granted=True,
        policy_version="v2",
        ip=IP,
        at=datetime.now(UTC),
    )
    await store.put(f"answers/{session.id}/a.webm", RECORDING, owner=own)
    answer = await Answer.create(
        session=session,
        node_index=0,
        mode=AnswerMode.VIDEO,
        media_key=f"answers/{session.id}/a.webm",
        question_text="介绍一个项目",
    )
    follow = await Answer.create(
        session=session,
        node_index=1,
        mode=AnswerMode.TEXT,
        is_follow_up=True,
        question_text=FOLLOW_UP,
        text_enc=vault.encrypt("负责风控模块", context=contexts.ANSWER_TEXT, owner=own),
    )
    evidence = [{"text": SAID, "start": 1.0}]
    await AnalysisResult.create(
        answer=answer,
        analyser_version="v1",
        transcript_enc=vault.encrypt(SAID, context=contexts.TRANSCRIPT, owner=own),
        segments=[{"start": 1.0, "end": 3.0, "text": SAID}],
        audio_cues={"pace": 3.1, "note": SAID},
        vision_cues={"face": "present"},
        follow_up={"text": FOLLOW_UP},
        dimension_scores={"communication": {"score": 7, "evidence": evidence}},
    )
    await Report.create(
        application=app,
        version=1,
        analyser_version="v1",
        is_current=True,
        overall_score=80.0,
        dimensions=[{"code": "communication", "score": 80, "evidence": evidence}],
        strengths=[{"name": "沟通", "evidence": [SAID]}],
    )
    await CandidateNotice.create(
        application=app,
        kind="decision",
        dedup_key=f"decision:{app.id}:advance",
        title="面试结果",
        body_enc=vault.encrypt(
            f"{NAME}您好，恭喜进入下一轮", context=contexts.NOTICE_BODY, owner=own
        ),
    )
    offer = await Offer.create(application=app, monthly_salary=25000, candidate_remark=REMARK)
    await store.put(f"onboarding/{offer.id}/id.png", MATERIAL, owner=own)
    await OnboardingMaterial.create(
        offer=offer,
        kind=MaterialKind.ID_CARD,
        storage_key=f"onboarding/{offer.id}/id.png",
        file_name_enc=vault.encrypt(
            f"{NAME}身份证.png", context=contexts.MATERIAL_FILE_NAME, owner=own
        ),
        uploaded_at=datetime.now(UTC),
    )
    now = datetime.now(UTC)
    await OutboxMessage.create(
        dedup_key=f"decision:{app.id}:advance",
        channel="dingtalk",
        recipient="users:cand-user-1",
        payload={"text": f"{NAME}您好"},
        next_attempt_at=now,
    )
    await OutboxMessage.create(
        dedup_key=f"scored:{app.id}",
        channel="dingtalk",
        recipient="users:hr1",
        payload={"text": f"{NAME} 面试已评分"},
        next_attempt_at=now,
    )
    await OutboxMessage.create(
        dedup_key="other",
        channel="dingtalk",
        recipient="users:hr1",
        payload={"text": "别人"},
        next_attempt_at=now,
    )
    files = [f"resumes/{own}/cv", f"answers/{session.id}/a.webm", f"onboarding/{offer.id}/id.png"]
    del follow
    return Person(own, app.id, files)


async def _everything_in_the_database() -> str:
    dump = []
    for model in Tortoise.apps["models"].values():
        dump.append(str(await model.all().values()))
    return "\n".join(dump)


async def test_the_copy_holds_their_data_and_erasure_leaves_nothing_readable(
    db: DatabaseSettings, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    deps = make_services(settings)
    person = await _person(deps)
    caplog.set_level(logging.INFO)  # what production logs, from here on (not the setup)
    caplog.clear()
    head = await Staff.create(dingtalk_user_id="head1", name="赵敏", roles=["hr_head"])
    actor = Actor.staff("head1")

    export = await export_subject_data(person.candidate_id, deps, actor=actor, staff=head)
    zf = zipfile.ZipFile(io.BytesIO(export.content))
    names = zf.namelist()
    text = "".join(zf.read(n).decode("utf-8") for n in names if n.endswith((".json", ".txt")))
    for marker in (NAME, PHONE, EMAIL, SAID, REMARK, DEVICE):
        assert marker in text, marker
    blobs = [zf.read(n) for n in names]
    assert RESUME in blobs and RECORDING in blobs and MATERIAL in blobs
    assert "README.txt" in names and export.files == 3
    assert await AuditLog.exists(action="candidate.exported", actor="staff:head1")

    receipt = await erase_on_request(
        person.candidate_id, deps, actor=actor, staff=head, reason="候选人本人申请删除"
    )
    assert receipt.number.startswith("ER-") and receipt.erasure.key_destroyed
    shown = erasure_receipt_text(receipt)
    assert receipt.number in shown and NAME not in shown

    # Nothing readable remains: no marker in any table, files gone, outbox rows gone, key gone.
    everything = await _everything_in_the_database()
    for marker in MARKERS:
        assert marker not in everything, marker
    for key in person.files:
        assert not await deps.store.exists(key)
    assert [m.dedup_key for m in await OutboxMessage.all()] == ["other"]
    assert (await CandidateKey.get(candidate_id=person.candidate_id)).destroyed_at is not None
    for marker in MARKERS:
        assert marker not in caplog.text, marker
    # Statistics survive.
    assert (await Report.get(application_id=person.application_id)).overall_score == 80.0
    assert await AuditLog.exists(action="candidate.erasure_receipt", actor="staff:head1")


@pytest.mark.parametrize("roles", [["hr"], ["manager"], ["interviewer"]])
async def test_only_hr_heads_and_admins_may_export_or_erase_and_refusals_are_audited(
    db: DatabaseSettings, settings: Settings, roles: list[str]
) -> None:
    deps = make_services(settings)
    person = await _person(deps)
    staff = await Staff.create(dingtalk_user_id="u1", name="张三", roles=roles)
    actor = Actor.staff("u1")
    with pytest.raises(PermissionDeniedError):
        await export_subject_data(person.candidate_id, deps, actor=actor, staff=staff)
    with pytest.raises(PermissionDeniedError):
        await erase_on_request(person.candidate_id, deps, actor=actor, staff=staff, reason="x")
    denied = await AuditLog.filter(actor="staff:u1", action__endswith=".denied").values_list(
        "action", flat=True
    )
    assert sorted(denied) == ["subject.erase.denied", "subject.export.denied"]
    assert (await Candidate.get(id=person.candidate_id)).erased_at is None


async def test_erasure_also_removes_their_fairness_profile_and_outcome_texts(
    db: DatabaseSettings, settings: Settings
) -> None:
    deps = make_services(settings)
    person = await _person(deps)
    vault = deps.vault
    await DemographicProfile.create(
        candidate_id=person.candidate_id,
        data_enc=vault.encrypt('{"gender": "女"}', context=contexts.DEMOGRAPHICS),
    )
    await HireOutcome.create(
        application_id=person.application_id,
        dingtalk_user_id="cand-user-1",
        leaving_type="主动",
        leaving_reason_enc=vault.encrypt("家庭原因", context=contexts.LEAVING_REASON),
    )
    await ReviewRequest.create(
        application_id=person.application_id,
        reason_enc=vault.encrypt("我认为评分有误", context=contexts.REVIEW_REASON),
        resolution=f"已与{NAME}沟通",
    )
    head = await Staff.create(dingtalk_user_id="head1", name="赵敏", roles=["hr_head"])

    await erase_on_request(
        person.candidate_id, deps, actor=Actor.staff("head1"), staff=head, reason="本人申请"
    )

    assert not await DemographicProfile.exists(candidate_id=person.candidate_id)
    outcome = await HireOutcome.get(application_id=person.application_id)
    # The figure stays for validity statistics; the person's words and binding go.
    assert (outcome.leaving_type, outcome.leaving_reason_enc) == ("主动", "")
    assert outcome.dingtalk_user_id is None
    review = await ReviewRequest.get(application_id=person.application_id)
    assert (review.reason_enc, review.resolution) == ("", "")
