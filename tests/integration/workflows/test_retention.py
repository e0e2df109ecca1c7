"""Retention limits: closed candidates are erased after the period, nothing else is touched."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from settings import DatabaseSettings
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.assessments.models import AnalysisResult, Report
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer, AnswerMode, InterviewSession, UploadSession
from workflows.interviews.uploads import chunk_key
from workflows.messaging.models import CandidateNotice, OutboxMessage, OutboxStatus
from workflows.privacy.models import AuditLog
from workflows.privacy.vault import PiiVault
from workflows.retention.sweep import (
    ERASED_QUOTE,
    STALE_REASON,
    RetentionPolicy,
    enforce_retention,
    scrub_quotes,
)
from workflows.storage.local import LocalEncryptedStore

from .factories import make_job

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
LONG_AGO = NOW - timedelta(days=200)
RECENTLY = NOW - timedelta(days=3)
POLICY = RetentionPolicy(candidate_days=180, abandoned_upload_hours=48, outbox_keep_days=14)


@dataclass
class Person:
    candidate_id: int
    application_id: int
    keys: list[str]


@pytest.fixture
def store(tmp_path: Path) -> LocalEncryptedStore:
    return LocalEncryptedStore(tmp_path / "store", os.urandom(32))


@pytest.fixture
def vault() -> PiiVault:
    return PiiVault(os.urandom(32), os.urandom(32))


async def _person(
    store: LocalEncryptedStore, vault: PiiVault, *, stage: Stage, changed_at: datetime, tag: str
) -> Person:
    job = await make_job(f"岗位{tag}")
    cand = await Candidate.create(
        name_enc=vault.encrypt("张伟", context="candidate.name"),
        phone_enc=vault.encrypt("13812345678", context="candidate.phone"),
        phone_hash=f"hash-{tag}",
        masked_phone="138****5678",
        dingtalk_user_id=f"user-{tag}",
    )
    resume_key = f"resumes/{tag}.pdf"
    await store.put(resume_key, b"%PDF-1.4 resume of zhang wei")
    await Resume.create(
        candidate=cand,
        storage_key=resume_key,
        file_name="张伟简历.pdf",
        sha256=tag,
        parsed_enc=vault.encrypt('{"name": "张伟"}', context="resume.parsed"),
    )
    app = await Application.create(
        candidate=cand, job=job, stage=stage, stage_changed_at=changed_at, overall_score=72.5
    )
    session = await InterviewSession.create(application=app)
    media_key = f"answers/{tag}.webm"
    await store.put(media_key, b"webm bytes of the answer")
    answer = await Answer.create(
        session=session, node_index=0, mode=AnswerMode.VIDEO, media_key=media_key
    )
    upload = await UploadSession.create(
        id=f"up{tag}",
        session=session,
        answer=answer,
        node_index=0,
        attempt=1,
        mime_type="video/webm",
        total_bytes=10,
        chunk_size=5,
        next_index=1,
        chunk_sha256=["x"],
    )
    await store.put(chunk_key(upload.id, 0), b"chunk")
    evidence = [{"text": "我在上一家公司负责客户投诉处理", "start": 1.0, "answer_id": answer.id}]
    await AnalysisResult.create(
        answer=answer,
        analyser_version="v1",
        transcript_enc=vault.encrypt("我在上一家公司负责客户投诉处理", context="t"),
        segments=[{"start": 1.0, "end": 3.0, "text": "我在上一家公司负责客户投诉处理"}],
        dimension_scores={"communication": {"score": 7, "evidence": evidence}},
    )
    await Report.create(
        application=app,
        version=1,
        analyser_version="v1",
        is_current=True,
        overall_score=72.5,
        dimensions=[{"code": "communication", "score": 72.5, "evidence": evidence}],
        strengths=[{"name": "沟通表达", "evidence": ["我在上一家公司负责客户投诉处理"]}],
        weaknesses=[],
    )
    await CandidateNotice.create(
        application=app,
        kind="decision",
        dedup_key=f"n-{tag}",
        title="面试结果通知",
        body_enc=vault.encrypt("张伟您好", context="notice"),
    )
    # Rows written "long ago": auto_now columns are set by hand.
    await Candidate.filter(id=cand.id).update(updated_at=changed_at)
    await UploadSession.filter(id=upload.id).update(updated_at=changed_at)
    return Person(cand.id, app.id, [resume_key, media_key, chunk_key(upload.id, 0)])


async def test_closed_candidate_is_erased_after_the_retention_period(
    db: DatabaseSettings, store: LocalEncryptedStore, vault: PiiVault
) -> None:
    old = await _person(store, vault, stage=Stage.REJECTED, changed_at=LONG_AGO, tag="old")
    report = await enforce_retention(store, POLICY, now=NOW)

    assert report.candidates_erased == 1 and report.erased_ids == [old.candidate_id]
    for key in old.keys:
        assert not await store.exists(key)
    cand = await Candidate.get(id=old.candidate_id)
    assert cand.erased_at is not None
    assert (cand.name_enc, cand.phone_enc, cand.phone_hash, cand.dingtalk_user_id) == (
        "",
        "",
        None,
        None,
    )
    resume = await Resume.get(candidate_id=old.candidate_id)
    assert resume.parsed_enc == "" and "张伟" not in resume.file_name
    answer = await Answer.get(session__application_id=old.application_id)
    assert answer.media_key == ""
    result = await AnalysisResult.get(answer_id=answer.id)
    assert result.transcript_enc == "" and result.segments == []
    assert "客户投诉" not in str(result.dimension_scores)
    rep = await Report.get(application_id=old.application_id)
    assert "客户投诉" not in str(rep.dimensions) + str(rep.strengths)
    assert ERASED_QUOTE in str(rep.dimensions)
    # The numbers survive for statistics; the person does not.
    assert rep.overall_score == 72.5
    notice = await CandidateNotice.get(application_id=old.application_id)
    assert notice.body_enc == ""
    entry = await AuditLog.get(action="candidate.erased", subject_id=str(old.candidate_id))
    assert entry.actor == "system:retention"


async def test_open_or_recently_closed_candidates_are_kept(
    db: DatabaseSettings, store: LocalEncryptedStore, vault: PiiVault
) -> None:
    open_one = await _person(store, vault, stage=Stage.SCORED, changed_at=RECENTLY, tag="open")
    recent = await _person(store, vault, stage=Stage.REJECTED, changed_at=RECENTLY, tag="recent")
    report = await enforce_retention(store, POLICY, now=NOW)

    assert report.candidates_erased == 0
    for person in (open_one, recent):
        cand = await Candidate.get(id=person.candidate_id)
        assert cand.erased_at is None and cand.name_enc
        assert await store.exists(person.keys[0]) and await store.exists(person.keys[1])


async def test_a_second_run_changes_nothing(
    db: DatabaseSettings, store: LocalEncryptedStore, vault: PiiVault
) -> None:
    await _person(store, vault, stage=Stage.WITHDRAWN, changed_at=LONG_AGO, tag="w")
    first = await enforce_retention(store, POLICY, now=NOW)
    second = await enforce_retention(store, POLICY, now=NOW)
    assert first.candidates_erased == 1
    assert second.as_dict() == {
        "candidates_erased": 0,
        "files_deleted": 0,
        "uploads_aborted": 0,
        "outbox_deleted": 0,
        "verdicts_deleted": 0,
        "applications_closed": 0,
        "quarantine_deleted": 0,
    }


async def test_abandoned_upload_chunks_are_deleted_but_fresh_ones_kept(
    db: DatabaseSettings, store: LocalEncryptedStore, vault: PiiVault
) -> None:
    # The application is still open: only the stale upload goes, not the candidate.
    stale = await _person(
        store, vault, stage=Stage.INTERVIEWING, changed_at=NOW - timedelta(days=3), tag="s"
    )
    fresh = await _person(store, vault, stage=Stage.INTERVIEWING, changed_at=NOW, tag="f")
    await UploadSession.filter(id="upf").update(updated_at=NOW - timedelta(hours=1))
    report = await enforce_retention(store, POLICY, now=NOW)

    assert report.uploads_aborted == 1
    assert not await store.exists(stale.keys[2])
    assert await store.exists(fresh.keys[2])
    assert (await UploadSession.get(id="ups")).status == "aborted"
    assert (await UploadSession.get(id="upf")).status == "open"


async def test_old_sent_and_dead_outbox_rows_are_purged_pending_kept(
    db: DatabaseSettings, store: LocalEncryptedStore
) -> None:
    for key, status in (("a", OutboxStatus.SENT), ("b", OutboxStatus.DEAD), ("c", "pending")):
        await OutboxMessage.create(
            dedup_key=key,
            channel="dingtalk",
            recipient="users:x",
            payload={"content": {"text": "张伟您好"}},
            status=status,
            next_attempt_at=LONG_AGO,
        )
    await OutboxMessage.all().update(updated_at=NOW - timedelta(days=20))
    report = await enforce_retention(store, POLICY, now=NOW)
    assert report.outbox_deleted == 2
    assert [m.dedup_key for m in await OutboxMessage.all()] == ["c"]


def test_scrub_replaces_nested_evidence_quotes_and_keeps_numbers() -> None:
    data = [
        {
            "score": 7.5,
            "evidence": [{"text": "原话", "start": 2.0}],
            "sub": {"evidence": ["原话二"], "quote": "原话三"},
        }
    ]
    out = scrub_quotes(data)
    assert "原话" not in str(out)
    assert out[0]["score"] == 7.5 and out[0]["evidence"][0]["start"] == 2.0


async def test_a_stale_open_application_is_closed_then_ages_out_like_any_closed_one(
    db: DatabaseSettings, store: LocalEncryptedStore, vault: PiiVault
) -> None:
    # Scored 200 days ago and never touched again by HR: before, it was kept forever.
    stale = await _person(store, vault, stage=Stage.SCORED, changed_at=LONG_AGO, tag="stale")
    report = await enforce_retention(store, POLICY, now=NOW)
    assert report.applications_closed == 1 and report.candidates_erased == 0
    app = await Application.get(id=stale.application_id)
    assert app.stage is Stage.REJECTED
    last = await StageHistory.filter(application_id=app.id).order_by("-id").first()
    assert last is not None and last.reason == STALE_REASON and last.actor == "system:retention"

    later = datetime.now(UTC) + timedelta(days=POLICY.candidate_days + 1)
    report = await enforce_retention(store, POLICY, now=later)
    assert report.erased_ids == [stale.candidate_id]
    for key in stale.keys:
        assert not await store.exists(key)


async def test_quarantined_resumes_are_deleted_after_the_period(
    db: DatabaseSettings, store: LocalEncryptedStore
) -> None:
    rows = {}
    for tag, when in (("old", LONG_AGO), ("new", RECENTLY)):
        key = f"quarantine/{tag}"
        await store.put(key, b"unreadable scan of zhang wei's resume")
        row = await Resume.create(
            candidate=None,
            storage_key=key,
            file_name=f"张伟简历-{tag}.pdf",
            sha256=tag,
            status="rejected",
            submitted_by="staff:hr1",
        )
        await Resume.filter(id=row.id).update(created_at=when)
        rows[tag] = row.id
    report = await enforce_retention(store, POLICY, now=NOW)
    assert report.quarantine_deleted == 1
    old = await Resume.get(id=rows["old"])
    assert not await store.exists("quarantine/old") and old.storage_key == ""
    assert "张伟" not in old.file_name and old.submitted_by == ""
    assert await store.exists("quarantine/new")
    assert (await Resume.get(id=rows["new"])).file_name == "张伟简历-new.pdf"
    assert await AuditLog.exists(action="resume.quarantine_erased", subject_id=str(old.id))
