"""One place per process where dependencies are built and torn down."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from arq.connections import ArqRedis, RedisSettings, create_pool

from bot.app import build_dispatcher
from bot.clicks import DispatcherClickRunner
from bot.presenters.outbound import outbound_presenters
from bot.resume_delivery import ResumeDelivery
from dinghire.jobs import job_functions
from dinghire.metrics import observe_asr
from dinghire.scoring import build_process_scorer
from integrations.dingtalk.clients import DingTalkClients, build_dingtalk_clients
from settings import JobBackend, Settings, StorageBackend
from workflows import db
from workflows.assessments.jobs import (
    ASR_OBSERVER_KEY,
    offline_scorer,
    subscribe_report_on_submit,
)
from workflows.background.queue import ArqJobQueue, InProcessJobQueue, JobQueue
from workflows.budget.service import OrmCallCounter
from workflows.candidates.intake_job import REPORTER_KEY
from workflows.decisions.jobs import subscribe_scored_notifications
from workflows.events import EventBus
from workflows.messaging.card_clicks import CLICK_RUNNER_KEY
from workflows.messaging.deliveries import OrmDeliveryLog
from workflows.offers.training import subscribe_training_on_acceptance
from workflows.privacy.vault import PiiVault
from workflows.services import Services
from workflows.storage.local import LocalEncryptedStore
from workflows.storage.port import ObjectStore

log = logging.getLogger(__name__)


@dataclass
class Container:
    """The dependencies of one process; job functions find them in their `ctx`."""

    settings: Settings
    bus: EventBus
    vault: PiiVault
    store: ObjectStore
    queue: JobQueue
    job_ctx: dict[str, Any]
    # What use cases get: built once here, reached as ctx["services"], ServicesDep, ctx.services.
    services: Services
    dingtalk: DingTalkClients | None = None
    redis: ArqRedis | None = None
    _inprocess: InProcessJobQueue | None = field(default=None, repr=False)

    async def drain_jobs(self, timeout: float = 120.0) -> None:
        """Wait for in-process jobs (no-op with arq workers)."""
        if self._inprocess is not None:
            await self._inprocess.drain(timeout)


def build_vault(settings: Settings) -> PiiVault:
    """The PII vault from the security settings."""
    sec = settings.security
    return PiiVault(
        sec.master_key_bytes(),
        sec.hash_key.get_secret_value().encode(),
        previous_master_keys=sec.previous_master_key_bytes(),
    )


def arq_redis_settings(settings: Settings) -> RedisSettings:
    """arq's connection settings from ours."""
    return RedisSettings.from_dsn(settings.redis.url)


def build_store(settings: Settings, vault: PiiVault | None = None) -> ObjectStore:
    """The encrypted object store from the storage and security settings (sharing the vault's
    candidate keys)."""
    sec = settings.security
    master = sec.master_key_bytes()
    previous = sec.previous_master_key_bytes()
    keyring = vault.keyring if vault is not None else None
    if settings.storage.backend is StorageBackend.S3:
        # Imported here: boto3 loads only in processes that use the S3 backend.
        from workflows.storage.s3 import S3EncryptedStore

        return S3EncryptedStore.from_settings(
            settings.storage, master, previous_master_keys=previous, keyring=keyring
        )
    return LocalEncryptedStore(
        settings.storage.root, master, previous_master_keys=previous, keyring=keyring
    )


def build_candidate_channels(settings: Settings) -> dict[str, Any]:
    """E-mail and SMS senders for candidates outside the org, as configured (else None)."""
    from integrations.mail.smtp import SmtpMailer
    from integrations.sms.aliyun import AliyunSms

    return {
        "mailer": SmtpMailer(settings.mail) if settings.mail.enabled else None,
        "sms": AliyunSms(settings.sms) if settings.sms.enabled else None,
    }


async def bootstrap(
    settings: Settings, *, connect_db: bool = True, process_wide: bool = True
) -> Container:
    """Connect the database, build the bus, vault, store, DingTalk clients and job queue."""
    if connect_db:
        await db.connect(settings.database, process_wide=process_wide)
    bus = EventBus()
    vault = build_vault(settings)
    store = build_store(settings, vault)
    # What is sent to people is worded by the front door; jobs and use cases send typed messages
    # (the call counter too: its budget alert to HR).
    presenters = outbound_presenters()
    dingtalk = (
        build_dingtalk_clients(
            settings.dingtalk,
            delivery_log=OrmDeliveryLog(),
            call_counter=OrmCallCounter(settings.dingtalk, presenters.budget),
        )
        if settings.dingtalk.enabled
        else None
    )
    ctx: dict[str, Any] = {
        "settings": settings,
        "bus": bus,
        "vault": vault,
        "store": store,
        "dingtalk": dingtalk,
        # The resume parse job answers through the bot's messages (cards, summaries).
        REPORTER_KEY: ResumeDelivery(settings.dingtalk.card_template_id),
        # Slow card buttons run in a job with the bot's handlers (workflows.messaging.card_clicks).
        CLICK_RUNNER_KEY: DispatcherClickRunner(build_dispatcher()),
        # The answer-scoring engine named by settings.analysis.scoring_engine (its models load
        # on first use): the offline engine, or the LLM judge with its database verdict cache
        # and the offline engine as its fallback.
        "scorer": build_process_scorer(settings, vault, offline_scorer(settings)),
        ASR_OBSERVER_KEY: observe_asr,
    }
    channels = build_candidate_channels(settings)
    container: Container
    if settings.redis.job_backend is JobBackend.ARQ:
        redis = await create_pool(arq_redis_settings(settings))
        queue: JobQueue = ArqJobQueue(redis, settings.redis.queue_name)
        services = Services(
            settings, vault, bus, queue, store, dingtalk, presenters=presenters, **channels
        )
        ctx.update(queue=queue, services=services)
        container = Container(
            settings, bus, vault, store, queue, ctx, services, dingtalk, redis=redis
        )
    else:
        inprocess = InProcessJobQueue(job_functions(), ctx, max_tries=settings.redis.max_tries)
        services = Services(
            settings, vault, bus, inprocess, store, dingtalk, presenters=presenters, **channels
        )
        ctx.update(queue=inprocess, services=services)
        container = Container(
            settings, bus, vault, store, inprocess, ctx, services, dingtalk, _inprocess=inprocess
        )
    # Interview submitted after its last answer was analysed: queue the report check.
    subscribe_report_on_submit(bus, container.queue, settings)
    # Application scored: queue the pass-line policy and the owner's scored card.
    subscribe_scored_notifications(bus, container.queue)
    # Offer accepted: the hiring manager (and, if enabled, the new hire) gets training advice.
    subscribe_training_on_acceptance(bus, container.services)
    return container


async def shutdown(container: Container, *, disconnect_db: bool = True) -> None:
    """Stop jobs and close connections opened by `bootstrap`."""
    if container._inprocess is not None:
        await container._inprocess.close()
    if container.dingtalk is not None:
        await container.dingtalk.aclose()
    if container.redis is not None:
        await container.redis.aclose()
    if disconnect_db:
        await db.disconnect()
