"""How job functions are written: ids not objects, deterministic job ids, retry with backoff."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry

from workflows.background.models import FailedJob

log = logging.getLogger(__name__)

JobFunction = Callable[..., Awaitable[Any]]

DEFAULT_MAX_TRIES = 5


def job_id(function: str, *parts: object) -> str:
    """Deterministic job id: the same work gets the same id, so enqueueing twice is a no-op."""
    return ":".join([function, *(str(p) for p in parts)])


def backoff_seconds(job_try: int, base: float = 2.0, cap: float = 300.0) -> float:
    """Exponential backoff for retry number `job_try` (1-based)."""
    return float(min(cap, base ** max(0, job_try)))


class PermanentJobError(Exception):
    """A failure that retrying cannot fix (bad input): goes straight to the dead letters."""


def retrying(max_tries: int = DEFAULT_MAX_TRIES) -> Callable[[JobFunction], JobFunction]:
    """Wrap a job so transient failures retry with backoff and the last failure is dead-lettered."""

    def decorate(fn: JobFunction) -> JobFunction:
        @functools.wraps(fn)
        async def wrapper(ctx: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
            job_try = int(ctx.get("job_try", 1))
            try:
                return await fn(ctx, *args, **kwargs)
            except Retry:
                raise
            except PermanentJobError as exc:
                await _dead_letter(ctx, fn.__name__, args, job_try, exc)
                return None
            except Exception as exc:
                if job_try >= max_tries:
                    await _dead_letter(ctx, fn.__name__, args, job_try, exc)
                    return None
                log.warning("job %s try %d failed: %r; retrying", fn.__name__, job_try, exc)
                raise Retry(defer=backoff_seconds(job_try)) from exc

        wrapper.max_tries = max_tries  # type: ignore[attr-defined]
        return wrapper

    return decorate


async def _dead_letter(
    ctx: dict[str, Any], function: str, args: tuple[Any, ...], tries: int, exc: BaseException
) -> None:
    jid = str(ctx.get("job_id") or job_id(function, *args))
    log.error("job %s failed for good after %d tries: %r", jid, tries, exc)
    await FailedJob.update_or_create(
        job_id=jid,
        defaults={
            "function": function,
            "args": [a if isinstance(a, int | str | float | bool) else repr(a) for a in args],
            "tries": tries,
            "error": repr(exc)[:2000],
            "resolved": False,
        },
    )
