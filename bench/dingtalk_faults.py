"""bench_faults' DingTalk rows: 5xx answers and throttling from the emulator.

A fresh database with the demo org (its staff synced into a DingTalk emulator on this
machine), DingHire's container with DingTalk on and pointed at the emulator, then under one
fault: HR requests the offer approval of `n` shortlisted candidates (repeating the request,
as HR repeats the 录用 command, when it is refused), and `2n` notices go through the outbox,
dispatched every 5 s as the schedule does. The fault is armed on both DingTalk paths (send
and approval start) for the next `FAULTY_CALLS` calls each: more than the adapter's own
retries, so the outage outlasts one attempt. The row ends when every offer is pending
approval and every notice is sent; the emulator is then asked what arrived: every notice
exactly once, exactly one approval instance per offer.
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

from bench.stack import POSTGRES_URL
from dinghire.bootstrap import bootstrap, shutdown
from dinghire.sandbox import sync_staff
from integrations.dingtalk.emulator.testing import start_test_emulator
from integrations.dingtalk.ports import OutgoingMessage, Recipient, Text
from settings import DatabaseSettings, StorageSettings, load_settings
from tests.support import free_port
from workflows import db
from workflows.actors import Actor
from workflows.applications import service as applications
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate
from workflows.errors import ConflictError
from workflows.jobs.models import Job
from workflows.messaging.jobs import dispatch_outbox_job
from workflows.messaging.models import OutboxMessage, OutboxStatus
from workflows.messaging.outbox import enqueue_message
from workflows.offers.models import Offer, OfferStatus
from workflows.offers.service import request_offer
from workflows.seed.service import seed_demo
from workflows.services import Services

SEND = "/v1.0/robot/oToMessages/batchSend"
APPROVAL = "/v1.0/workflow/processInstances"
FAULTY_CALLS = 8
HR = "hr_wangfang"
PATIENCE_S = 300.0


@dataclass
class DingTalkOutcome:
    """What one DingTalk row found."""

    messages: str = ""
    approvals: str = ""
    recover_s: float = float("nan")
    notes: list[str] = field(default_factory=list)


async def _shortlisted(deps: Services, job: Job, i: int) -> int:
    cand = await Candidate.create(
        name_enc=deps.vault.encrypt(f"候选人{i}", context="candidate.name"),
        masked_phone="139****0000",
    )
    app, _ = await applications.open_application(
        candidate_id=cand.id, job_id=job.id, actor=Actor.system("bench"), bus=deps.bus
    )
    await Application.filter(id=app.id).update(
        stage=Stage.SHORTLISTED, overall_score=80.0, match_score=70.0
    )
    return int(app.id)


async def _hr_requests(app_id: int, deps: Services, notes: list[str]) -> None:
    """HR asks for the offer approval until it is started (a refusal is asked again)."""
    deadline = time.monotonic() + PATIENCE_S
    while True:
        try:
            offer = await request_offer(app_id, actor=Actor.staff(HR), start_date=None, deps=deps)
            if offer.status is OfferStatus.PENDING_APPROVAL:
                return
        except ConflictError as exc:
            notes.append(f"HR told: {exc.user_message[:40]}")
        if time.monotonic() > deadline:
            notes.append(f"offer of application {app_id} never started")
            return
        await asyncio.sleep(3.0)


async def dingtalk_row(kind: str, n: int) -> DingTalkOutcome:
    """One row: kind "5xx" (503 answers) or "throttle" (DingTalk's rate-limit refusals)."""
    out = DingTalkOutcome()
    name = f"dinghire_bench_{secrets.token_hex(4)}"
    url = f"{POSTGRES_URL.rsplit('/', 1)[0]}/{name}"
    admin = await asyncpg.connect(POSTGRES_URL)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    emu = await asyncio.to_thread(start_test_emulator, free_port())
    storage = Path(tempfile.mkdtemp(prefix="dinghire-bench-dingtalk-"))
    container = None
    try:
        dbs = DatabaseSettings(url=url, pool_max=5)
        await db.migrate(dbs)
        await db.connect(dbs, process_wide=False)
        settings = load_settings(
            strict=False, mode="dev", database=dbs, dingtalk=emu.settings,
            storage=StorageSettings(root=storage), redis={"job_backend": "inprocess"},
        )  # fmt: skip
        await seed_demo()
        await sync_staff(emu.control)
        container = await bootstrap(settings, connect_db=False)
        deps = container.services
        job = await Job.all().order_by("id").first()
        assert job is not None
        app_ids = [await _shortlisted(deps, job, i) for i in range(n)]
        for path in (SEND, APPROVAL):
            if kind == "5xx":
                await asyncio.to_thread(emu.control.fail_next, path, FAULTY_CALLS, status=503)
            else:
                await asyncio.to_thread(emu.control.throttle_next, path, FAULTY_CALLS)
        at = time.monotonic()
        texts = [f"基准通知 {i}" for i in range(2 * n)]
        for i, text in enumerate(texts):
            await enqueue_message(
                OutgoingMessage(Recipient.users(HR), Text(text)), dedup_key=f"bench-{i}"
            )
        requests = [asyncio.create_task(_hr_requests(a, deps, out.notes)) for a in app_ids]
        while time.monotonic() - at < PATIENCE_S:
            await dispatch_outbox_job(container.job_ctx)
            pending = await OutboxMessage.exclude(status=OutboxStatus.SENT).count()
            if not pending and all(t.done() for t in requests):
                break
            await asyncio.sleep(5.0)  # the schedule's outbox period
        await asyncio.gather(*requests)
        out.recover_s = time.monotonic() - at
        sent = [m.text for m in await asyncio.to_thread(emu.control.sent)]
        counts = [sent.count(t) for t in texts]
        out.messages = (
            f"ok {len(texts)} x1" if all(c == 1 for c in counts)
            else f"MISSING {counts.count(0)}, TWICE {sum(1 for c in counts if c > 1)}"
        )  # fmt: skip
        offers = await Offer.filter(application_id__in=app_ids)
        started = {
            o.process_instance_id for o in offers if o.status is OfferStatus.PENDING_APPROVAL
        }
        instances = await asyncio.to_thread(emu.control.approvals)
        per_app = [await Offer.filter(application_id=a).count() for a in app_ids]
        extra = len(instances) - len(started)
        out.approvals = (
            f"ok {len(started)} x1" if len(started) == n and extra == 0 and set(per_app) == {1}
            else f"MISSING {n - len(started)}, TWICE {max(extra, 0)}"
        )  # fmt: skip
    finally:
        if container is not None:
            await shutdown(container, disconnect_db=False)
        await db.disconnect()
        emu.control.close()
        await asyncio.to_thread(emu.server.stop)
        admin = await asyncpg.connect(POSTGRES_URL)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
        shutil.rmtree(storage, ignore_errors=True)
    return out
