"""Domain events and the in-process bus later capabilities subscribe to."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class DomainEvent:
    """Base of every event; carries when it happened."""

    occurred_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True, kw_only=True)
class ApplicationStageChanged(DomainEvent):
    """An application moved from one stage to another."""

    application_id: int
    job_id: int
    candidate_id: int
    from_stage: str | None
    to_stage: str
    actor: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class OfferAccepted(DomainEvent):
    """A candidate accepted an approved offer (the acceptance is committed)."""

    offer_id: int
    application_id: int


E = TypeVar("E", bound=DomainEvent)
Handler = Callable[[Any], Awaitable[None]]


class EventBus:
    """Runs every subscriber of an event as it is published (publishers publish after their change
    is committed, e.g. `transition` after its transaction)."""

    def __init__(self) -> None:
        self._handlers: dict[type[DomainEvent], list[Handler]] = defaultdict(list)
        self.failures: list[tuple[DomainEvent, str]] = []

    def subscribe(self, event_type: type[E], handler: Callable[[E], Awaitable[None]]) -> None:
        """Call `handler` for every event of `event_type` (and its subclasses)."""
        self._handlers[event_type].append(handler)

    async def publish(self, event: DomainEvent) -> None:
        """Run every subscriber; one failing subscriber does not stop the others."""
        for event_type, handlers in list(self._handlers.items()):
            if not isinstance(event, event_type):
                continue
            for handler in handlers:
                try:
                    await handler(event)
                except Exception as exc:
                    # Subscribers enqueue durable jobs; a failure here is logged and kept for
                    # inspection, and reconciliation jobs repair what it missed.
                    log.exception("event handler %r failed for %s", handler, type(event).__name__)
                    self.failures.append((event, repr(exc)))
