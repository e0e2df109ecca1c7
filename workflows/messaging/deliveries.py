"""Inbound delivery log: a DingTalk msgId/eventId is processed once."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from workflows.messaging.models import InboundDelivery


async def first_delivery(key: str, kind: str) -> bool:
    """Record `key`; True the first time, False when it was already recorded (a duplicate)."""
    try:
        await InboundDelivery.create(key=key[:160], kind=kind[:32])
    except IntegrityError:
        return False
    return True


async def forget_delivery(key: str) -> None:
    """Drop the record of `key` so a redelivery is processed again (its handler failed)."""
    await InboundDelivery.filter(key=key[:160]).delete()


class OrmDeliveryLog:
    """The stream bridge's DeliveryLog port over the InboundDelivery table."""

    async def first(self, key: str, kind: str) -> bool:
        """True the first time `key` is seen."""
        return await first_delivery(key, kind)

    async def forget(self, key: str) -> None:
        """Forget `key` so a redelivery runs again."""
        await forget_delivery(key)
