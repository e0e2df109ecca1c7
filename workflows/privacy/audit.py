"""The audit trail: every read or change of personal data is recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from workflows.actors import Actor
from workflows.privacy.models import AuditLog


async def record_access(
    actor: Actor, action: str, subject_type: str, subject_id: str | int, **detail: Any
) -> AuditLog:
    """Write one audit entry; `detail` must not contain the personal data itself."""
    return await AuditLog.create(
        actor=str(actor),
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        detail=detail,
        at=datetime.now(UTC),
    )


async def trail(subject_type: str, subject_id: str | int) -> list[AuditLog]:
    """Every recorded access to one subject, oldest first."""
    return await AuditLog.filter(subject_type=subject_type, subject_id=str(subject_id)).order_by(
        "at", "id"
    )
