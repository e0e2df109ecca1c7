"""`个人信息` and `删除个人信息` in chat: HR heads get the ZIP and the receipt one-to-one; an HR
member without the HR-head role is refused and the refusal is audited."""

from __future__ import annotations

import io
import zipfile

from integrations.dingtalk.messages import FileMessage, RecipientKind
from tests.integration.bot import test_in_process as in_process
from workflows.applications.models import Application
from workflows.candidates.models import Candidate
from workflows.jobs.models import Job
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog, CandidateKey

Chat = in_process.Chat
chat = in_process.chat  # the seeded org and a bot context on fakes
HEAD, HR = "hr_lijing", "hr_wangfang"


async def _application(chat: Chat) -> int:
    vault = chat.ctx.vault
    cand = await Candidate.create(masked_phone="139****0000")
    await vault.unlock(cand.id, create=True)
    cand.name_enc = vault.encrypt("欧阳娜娜", context=contexts.CANDIDATE_NAME, owner=cand.id)
    await cand.save()
    job = await Job.filter(title=in_process.BACKEND).first()
    app = await Application.create(candidate=cand, job=job)
    return app.id


async def test_an_hr_head_gets_the_copy_and_the_receipt_one_to_one(chat: Chat) -> None:
    app_id = await _application(chat)
    await chat.say(f"个人信息 #{app_id}", sender=HEAD)
    files = [m for m in chat.dingtalk.messenger.sent if isinstance(m.content, FileMessage)]
    assert len(files) == 1 and files[0].recipient.kind is RecipientKind.USERS
    name, content = chat.dingtalk.files.uploaded[-1]
    assert name.endswith(".zip")
    assert "欧阳娜娜" in zipfile.ZipFile(io.BytesIO(content)).read("个人信息.json").decode()

    said = await chat.say(f"删除个人信息 #{app_id} 候选人本人申请", sender=HEAD)
    receipt = [t for t in said if "删除回执" in t]
    assert receipt and "已销毁" in receipt[0]
    assert all(m.recipient.kind is RecipientKind.USERS for m in chat.dingtalk.messenger.sent)
    cand_id = (await Application.get(id=app_id)).candidate_id  # type: ignore[attr-defined]
    assert (await Candidate.get(id=cand_id)).erased_at is not None
    assert (await CandidateKey.get(candidate_id=cand_id)).destroyed_at is not None


async def test_hr_without_the_head_role_is_refused_and_audited(chat: Chat) -> None:
    app_id = await _application(chat)
    said = await chat.say(f"删除个人信息 #{app_id} 本人申请", sender=HR)
    assert any("不能执行「删除个人信息」" in t for t in said)
    said = await chat.say(f"个人信息 #{app_id}", sender=HR)
    assert any("不能执行「导出个人信息副本」" in t for t in said)
    assert not chat.dingtalk.files.uploaded
    denied = await AuditLog.filter(actor=f"staff:{HR}", action__endswith=".denied").count()
    assert denied == 2
    cand_id = (await Application.get(id=app_id)).candidate_id  # type: ignore[attr-defined]
    assert (await Candidate.get(id=cand_id)).erased_at is None
