"""Builders for the interview API tests: a job with a question bank, an invited candidate,
a fake clock, fake job functions that record their calls, and a small HTTP flow helper."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from bot.presenters.outbound import outbound_presenters
from dinghire.bootstrap import Container, build_store, build_vault
from settings import Settings
from workflows.actors import Actor
from workflows.applications.service import open_application, transition
from workflows.applications.stages import Stage
from workflows.background.queue import InProcessJobQueue
from workflows.candidates.models import Candidate
from workflows.events import EventBus
from workflows.interviews.tokens import sign_invite_token
from workflows.invitations.models import Invitation, InvitationStatus
from workflows.jobs.models import Job, Question, QuestionSet, QuestionSetItem, QuestionType
from workflows.offers.training import subscribe_training_on_acceptance
from workflows.services import Services
from workflows.staff.models import Staff

START = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
OWNER_USER_ID = "hr001"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += timedelta(seconds=seconds)


@dataclass
class JobLog:
    """Fake job functions: they only record the arguments they were called with."""

    analysed: list[int] = field(default_factory=list)
    dispatched: list[str] = field(default_factory=list)

    def functions(self) -> list[Any]:
        """The fakes, named like the real job functions."""

        async def analyse_answer_job(ctx: dict[str, Any], answer_id: int) -> None:
            self.analysed.append(answer_id)

        async def dispatch_outbox_job(ctx: dict[str, Any]) -> None:
            self.dispatched.append(str(ctx["job_id"]))

        return [analyse_answer_job, dispatch_outbox_job]


def make_container(settings: Settings, jobs: JobLog) -> Container:
    """A container whose queue runs the fake job functions."""
    bus = EventBus()
    vault = build_vault(settings)
    store = build_store(settings, vault)
    ctx: dict[str, Any] = {"settings": settings, "vault": vault, "store": store}
    queue = InProcessJobQueue(jobs.functions(), ctx)
    services = Services(settings, vault, bus, queue, store, presenters=outbound_presenters())
    ctx.update(queue=queue, services=services)
    subscribe_training_on_acceptance(bus, services)
    return Container(settings, bus, vault, store, queue, ctx, services, None, _inprocess=queue)


QUESTIONS: list[tuple[str, QuestionType, str, int]] = [
    ("请做一个简短的自我介绍。", QuestionType.SELF_INTRODUCTION, "intro", 1),
    ("讲一次你和同事意见不合的经历。", QuestionType.BEHAVIOURAL, "conflict", 1),
    ("讲一次你说服团队改变方案的经历。", QuestionType.BEHAVIOURAL, "conflict", 1),
    ("讲一次你化解跨部门冲突的经历。", QuestionType.BEHAVIOURAL, "conflict", 1),
    ("你负责的系统凌晨宕机，你会怎么处理？", QuestionType.SITUATIONAL, "incident", 1),
    ("设计一个支撑百万日活的消息推送系统。", QuestionType.TECHNICAL, "incident", 4),
    ("设计一个高可用的分布式限流方案。", QuestionType.TECHNICAL, "incident", 4),
]


@dataclass
class World:
    """Ids of one invited candidate and their job."""

    job_id: int
    candidate_id: int
    application_id: int
    invitation_id: int
    invite_token: str
    settings: Settings


async def make_job(*, expression_cues: bool = False, title: str = "后端开发工程师") -> Job:
    """A job with a question set: intro, a 'conflict' item and an 'incident' item."""
    owner = await Staff.get_or_none(dingtalk_user_id=OWNER_USER_ID) or await Staff.create(
        dingtalk_user_id=OWNER_USER_ID, name="王芳"
    )
    by_text = {}
    for text, kind, group, difficulty in QUESTIONS:
        question = await Question.get_or_none(text=text) or await Question.create(
            type=kind,
            text=text,
            think_time_s=30,
            answer_time_s=60,
            retakes_allowed=1,
            difficulty=difficulty,
            equivalence_group=group,
        )
        by_text[text] = question
    qset = await QuestionSet.create(name=f"{title}-{await QuestionSet.all().count()}")
    for position, text in enumerate((QUESTIONS[0][0], QUESTIONS[1][0], QUESTIONS[4][0])):
        await QuestionSetItem.create(question_set=qset, position=position, question=by_text[text])
    return await Job.create(
        title=title, owner=owner, question_set=qset, expression_cues_enabled=expression_cues
    )


async def invite(
    settings: Settings,
    job: Job,
    *,
    years: float | None = 2.0,
    name: str = "陈晨",
    deadline: datetime = START + timedelta(days=3),
    candidate: Candidate | None = None,
) -> World:
    """A candidate invited to the job: application at `invited` plus an invitation and token."""
    vault = build_vault(settings)
    if candidate is None:
        candidate = await Candidate.create(
            name_enc=vault.encrypt(name, context="candidate.name"), years_experience=years
        )
    bus = EventBus()
    hr = Actor.staff(OWNER_USER_ID)
    app, _ = await open_application(candidate_id=candidate.id, job_id=job.id, actor=hr, bus=bus)
    for stage in (Stage.SCREENED, Stage.INVITED):
        if Stage(app.stage) != Stage.INVITED:
            await transition(app.id, stage, actor=hr, reason="测试", bus=bus)
    return await new_invitation(settings, job, candidate, app.id, deadline)


async def new_invitation(
    settings: Settings, job: Job, candidate: Candidate, application_id: int, deadline: datetime
) -> World:
    """Another invitation for the same application (as the invitations module would issue)."""
    inv = await Invitation.create(
        application_id=application_id,
        token_id=f"pending-{application_id}-{await Invitation.all().count()}",
        deadline_at=deadline,
        status=InvitationStatus.SENT,
    )
    secret = settings.security.secret_key.get_secret_value().encode()
    token = sign_invite_token(inv.id, deadline, secret, application_id=application_id)
    inv.token_id = hashlib.sha256(token.encode()).hexdigest()
    await inv.save(update_fields=["token_id"])
    return World(job.id, candidate.id, application_id, inv.id, token, settings)


def make_media(path: Path, *, seconds: float = 2.0, video: bool = True) -> bytes:
    """Small real media made with ffmpeg (CI installs it; missing ffmpeg fails the test)."""
    if shutil.which("ffmpeg") is None:
        raise AssertionError("ffmpeg is not installed: run deploy/system-deps.sh (CI installs it)")
    args = ["ffmpeg", "-v", "error", "-y"]
    if video:
        args += ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=15"]
    args += ["-f", "lavfi", "-i", "sine=frequency=440", "-t", str(seconds)]
    args += ["-c:v", "libvpx", "-c:a", "libopus"] if video else ["-c:a", "libopus"]
    subprocess.run([*args, str(path)], check=True, timeout=60)
    return path.read_bytes()


def sha(data: bytes) -> str:
    """Hex SHA-256."""
    return hashlib.sha256(data).hexdigest()


class Flow:
    """The page's calls, over any httpx client."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.token = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def login(self, invite_token: str) -> dict[str, Any]:
        response = await self.client.post(
            "/api/v1/interview/session", json={"invite_token": invite_token}
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        self.token = body["session_token"]
        return body

    async def call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        return await self.client.request(
            method, path, headers={**self.auth, **kw.pop("headers", {})}, **kw
        )

    async def consent(
        self, *, recording: bool = True, processing: bool = True, face: bool = False
    ) -> httpx.Response:
        body = {
            "recording": recording,
            "processing": processing,
            "face_cues": face,
            "policy_version": "2026-12",
        }
        return await self.call(
            "POST", "/api/v1/interview/consent", json=body, headers={"User-Agent": "test-agent"}
        )

    async def start(self, index: int) -> httpx.Response:
        return await self.call("POST", f"/api/v1/interview/nodes/{index}/start")

    async def open_upload(
        self,
        index: int,
        attempt: int,
        total: int,
        mime: str = "video/webm",
        duration: float | None = 2.0,
    ) -> httpx.Response:
        body = {
            "node_index": index,
            "attempt": attempt,
            "mime_type": mime,
            "total_bytes": total,
            "duration_s": duration,
        }
        return await self.call("POST", "/api/v1/uploads", json=body)

    async def put_chunk(self, upload_id: str, index: int, data: bytes) -> httpx.Response:
        return await self.call(
            "PUT",
            f"/api/v1/uploads/{upload_id}/chunks/{index}",
            content=data,
            headers={"X-Chunk-Sha256": sha(data), "Content-Type": "application/octet-stream"},
        )

    async def upload(
        self, index: int, data: bytes, *, attempt: int = 1, mime: str = "video/webm"
    ) -> httpx.Response:
        """Open, send every chunk, complete; returns the complete (or first failing) response."""
        opened = await self.open_upload(index, attempt, len(data), mime)
        if opened.status_code != 200:
            return opened
        upload = opened.json()
        size = upload["chunk_size"]
        for n, offset in enumerate(range(0, len(data), size)):
            put = await self.put_chunk(upload["upload_id"], n, data[offset : offset + size])
            if put.status_code != 200:
                return put
        return await self.call(
            "POST", f"/api/v1/uploads/{upload['upload_id']}/complete", json={"sha256": sha(data)}
        )


def stored_files(root: Path) -> list[Path]:
    """Every object file under the storage root."""
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
