"""A resume carrying someone else's phone or e-mail never takes over that candidate: only HR's
resumes (or HR's merge) change an existing record's contact data and DingTalk binding."""

from __future__ import annotations

from pathlib import Path

import pytest

from settings import DatabaseSettings, Settings
from tests.fakes import make_services
from tests.fixtures.resumes.resume_fixtures import ENGINEER_LINES
from workflows.actors import Actor, ActorKind
from workflows.applications.models import Application
from workflows.candidates.intake import ResumeUpload, intake_resume
from workflows.candidates.merge import dismiss_duplicate, merge_duplicate
from workflows.candidates.models import Candidate, Resume
from workflows.errors import ValidationFailedError
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog
from workflows.seed.service import seed_demo
from workflows.services import Services

HR = Actor.staff("hr_wangfang")


def _resume(name: str = "张伟", extra: str = "") -> bytes:
    lines = [line.replace("张伟", name) for line in ENGINEER_LINES]
    return ("\n".join(lines) + extra).encode("utf-8")


def _from_candidate(data: bytes, user: str) -> ResumeUpload:
    return ResumeUpload(
        data,
        "我的简历.txt",
        Actor(ActorKind.CANDIDATE, f"dt:{user}"),
        candidate_user_id=user,
        candidate_conversation_id=f"cid-{user}",
    )


@pytest.fixture
async def deps(db: DatabaseSettings, settings: Settings, tmp_path: Path) -> Services:
    await seed_demo()
    return make_services(settings)


async def test_someone_elses_resume_with_a_known_phone_changes_nothing_of_that_candidate(
    deps: Services,
) -> None:
    first = await intake_resume(ResumeUpload(_resume(), "张伟.txt", HR), deps)
    victim = await Candidate.get(id=first.candidate_id)
    victim.dingtalk_user_id = "victim_uid"
    await victim.save()

    # Same phone and e-mail, another name, sent by someone else in a 1:1 chat.
    outcome = await intake_resume(_from_candidate(_resume("李冒"), "attacker_uid"), deps)

    after = await Candidate.get(id=victim.id)
    assert after.dingtalk_user_id == "victim_uid"
    assert after.source_conversation_id is None
    assert deps.vault.decrypt(after.name_enc, context=contexts.CANDIDATE_NAME) == "张伟"
    assert (after.phone_enc, after.email_enc) == (victim.phone_enc, victim.email_enc)
    assert await Resume.filter(candidate_id=victim.id).count() == 1
    # A separate record, bound to the sender, marked for HR and audited.
    assert outcome.status == "created" and outcome.candidate_id != victim.id
    assert outcome.possible_duplicate_of == victim.id and outcome.duplicate_by == "phone"
    dup = await Candidate.get(id=outcome.candidate_id)
    assert dup.dingtalk_user_id == "attacker_uid"
    assert dup.duplicate_of_id == victim.id  # type: ignore[attr-defined]
    assert await AuditLog.filter(action="candidate.possible_duplicate").count() == 1
    # The attacker's applications are the duplicate's own, not the victim's.
    victims = {a.id for a in await Application.filter(candidate_id=victim.id)}
    assert outcome.matches and not victims & {m.application_id for m in outcome.matches}


async def test_a_stranger_cannot_rebind_an_hr_entered_candidate_by_sending_the_same_file(
    deps: Services,
) -> None:
    data = _resume()
    first = await intake_resume(ResumeUpload(data, "张伟.txt", HR), deps)

    again = await intake_resume(_from_candidate(data, "attacker_uid"), deps)
    repeat = await intake_resume(_from_candidate(data, "attacker_uid"), deps)

    original = await Candidate.get(id=first.candidate_id)
    assert original.dingtalk_user_id is None
    assert again.possible_duplicate_of == first.candidate_id
    # Sending it again updates the sender's own record, it does not make another duplicate.
    assert repeat.candidate_id == again.candidate_id and repeat.status == "unchanged"
    assert await Candidate.all().count() == 2


async def test_the_candidates_own_second_resume_keeps_contact_data_and_binding(
    deps: Services,
) -> None:
    first = await intake_resume(_from_candidate(_resume(), "zhangwei_uid"), deps)
    newer = _resume(extra="\n补充：新增项目经历")

    second = await intake_resume(_from_candidate(newer, "zhangwei_uid"), deps)

    assert second.candidate_id == first.candidate_id and second.status == "updated"
    assert second.possible_duplicate_of is None
    assert await Candidate.all().count() == 1


async def test_hr_merge_moves_the_duplicate_into_the_record_it_matched_and_is_audited(
    deps: Services,
) -> None:
    first = await intake_resume(ResumeUpload(_resume(), "张伟.txt", HR), deps)
    dup = await intake_resume(_from_candidate(_resume(), "zhangwei_uid"), deps)
    before = await Application.filter(candidate_id=first.candidate_id).count()

    result = await merge_duplicate(dup.candidate_id, actor=HR, deps=deps)

    assert result.candidate_id == first.candidate_id
    merged = await Candidate.get(id=first.candidate_id)
    assert merged.dingtalk_user_id == "zhangwei_uid"
    assert not await Candidate.filter(id=dup.candidate_id).exists()
    assert await Resume.filter(candidate_id=merged.id).count() == 2
    assert await Application.filter(candidate_id=merged.id).count() == before
    # What the duplicate sent is readable under the older record's own key, file included.
    await deps.vault.unlock(merged.id)
    name = deps.vault.decrypt(merged.name_enc, context=contexts.CANDIDATE_NAME, owner=merged.id)
    assert name == "张伟"
    for resume in await Resume.filter(candidate_id=merged.id):
        assert resume.storage_key.startswith(f"resumes/{merged.id}/")
        assert await deps.store.get(resume.storage_key)
        assert deps.vault.decrypt(resume.parsed_enc, context=contexts.RESUME, owner=merged.id)
    (entry,) = await AuditLog.filter(action="candidate.merged")
    assert entry.actor == str(HR) and entry.detail["merged_from"] == dup.candidate_id
    with pytest.raises(ValidationFailedError):
        await merge_duplicate(first.candidate_id, actor=HR, deps=deps)


async def test_hr_can_say_two_records_are_different_people(deps: Services) -> None:
    first = await intake_resume(ResumeUpload(_resume(), "张伟.txt", HR), deps)
    dup = await intake_resume(_from_candidate(_resume("李娜"), "lina_uid"), deps)

    assert await dismiss_duplicate(dup.candidate_id, actor=HR) == first.candidate_id

    kept = await Candidate.get(id=dup.candidate_id)
    assert kept.duplicate_of_id is None  # type: ignore[attr-defined]
    assert await AuditLog.filter(action="candidate.not_duplicate").count() == 1
