"""The LLM judge's verdict cache on the database, encrypted at rest.

The judge runs in worker threads (its HTTP calls block); the ORM lives on the event loop. So
`get`/`put` hand their query to the loop and wait for it, and refuse to be called from the loop's
own thread, where waiting would deadlock.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import json
from collections.abc import Coroutine
from typing import Any, TypeVar

from tortoise.exceptions import IntegrityError

from analysis.scoring.llm.cache import VerdictKey
from analysis.scoring.llm.verdict import InvalidVerdict, Verdict
from workflows.assessments.models import LlmVerdict
from workflows.privacy import contexts
from workflows.privacy.vault import DecryptionError, PiiVault

T = TypeVar("T")


class OrmVerdictCache:
    """VerdictCache on the `llm_verdict` table, bound to the event loop that owns the ORM."""

    def __init__(
        self, vault: PiiVault, loop: asyncio.AbstractEventLoop, *, timeout_s: float = 30.0
    ) -> None:
        self._vault = vault
        self._loop = loop
        self._timeout_s = timeout_s

    def _key_hash(self, key: VerdictKey) -> str:
        # Keyed, like every lookup hash derived from personal data (the transcript's hash).
        digest = self._vault.keyed_hash("llm_verdict", key.digest)
        assert digest is not None  # a sha256 hex digest is never empty
        return digest

    def get(self, key: VerdictKey) -> Verdict | None:
        """The stored verdict, or None (also for a row that no longer decrypts or parses)."""
        return self._wait(self.aget(key))

    def put(self, key: VerdictKey, verdict: Verdict) -> None:
        """Store a verdict; the first one stored for a key wins."""
        self._wait(self.aput(key, verdict))

    async def aget(self, key: VerdictKey) -> Verdict | None:
        """`get` for code already on the event loop."""
        row = await LlmVerdict.get_or_none(key_hash=self._key_hash(key))
        if row is None:
            return None
        try:
            plain = self._vault.decrypt(row.verdict_enc, context=contexts.LLM_VERDICT)
            return Verdict.from_dict(json.loads(plain))
        except (DecryptionError, InvalidVerdict, ValueError):
            return None  # e.g. the master key was rotated: judge again rather than fail

    async def aput(self, key: VerdictKey, verdict: Verdict) -> None:
        """`put` for code already on the event loop."""
        plain = json.dumps(verdict.to_dict(), ensure_ascii=False, sort_keys=True)
        # Another worker may store the same key first: its verdict stands.
        with contextlib.suppress(IntegrityError):
            await LlmVerdict.get_or_create(
                key_hash=self._key_hash(key),
                defaults={
                    "engine": key.engine,
                    "model": key.model[:128],
                    "prompt_version": key.prompt_version,
                    "dimension_code": key.dimension_code[:64],
                    "verdict_enc": self._vault.encrypt(plain, context=contexts.LLM_VERDICT),
                },
            )

    def _wait(self, coro: Coroutine[Any, Any, T]) -> T:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            coro.close()
            raise RuntimeError(
                "OrmVerdictCache blocks: call the scorer in a worker thread (asyncio.to_thread)"
            )
        # The caller's context travels with the query: it holds the ORM's connections when they
        # are not process-wide (the judge hands its context to its worker threads).
        context = contextvars.copy_context()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()

        def finish(task: asyncio.Task[T]) -> None:
            if task.cancelled():
                done.cancel()
            elif (exc := task.exception()) is not None:
                done.set_exception(exc)
            else:
                done.set_result(task.result())

        def start() -> None:
            task = self._loop.create_task(coro, context=context)
            task.add_done_callback(finish)

        self._loop.call_soon_threadsafe(start)
        return done.result(self._timeout_s)
