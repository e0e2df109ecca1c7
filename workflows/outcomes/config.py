"""Versioned scoring configuration: each job's dimension weights and pass line live in numbered
versions; a report records the version it was built with, so changing the weights (an approved
recalibration) affects only reports built after it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from workflows.jobs.models import Dimension, Job
from workflows.outcomes.models import ScoringConfig


async def _model_weights(job: Job) -> dict[str, float]:
    if job.competency_model_id is None:  # type: ignore[attr-defined]
        return {}
    dims = await Dimension.filter(competency_model_id=job.competency_model_id).order_by("id")  # type: ignore[attr-defined]
    return {d.code: float(d.weight) for d in dims}


async def current_config(job_id: int) -> ScoringConfig:
    """The job's current configuration; version 1 is taken from the competency model's weights
    and the job's pass line the first time it is asked for."""
    found = await ScoringConfig.get_or_none(job_id=job_id, is_current=True)
    if found is not None:
        return found
    job = await Job.get(id=job_id)
    try:
        return await ScoringConfig.create(
            job_id=job_id,
            version=1,
            weights=await _model_weights(job),
            pass_line=job.pass_line,
            reason="初始配置（取自能力模型权重与岗位及格线）",
        )
    except IntegrityError:
        # Another builder created version 1 at the same moment.
        return await ScoringConfig.get(job_id=job_id, version=1)


async def config_version(job_id: int, version: int) -> ScoringConfig | None:
    """One stored version."""
    return await ScoringConfig.get_or_none(job_id=job_id, version=version)


async def history(job_id: int) -> list[ScoringConfig]:
    """Every version of the job's configuration, newest first."""
    return await ScoringConfig.filter(job_id=job_id).order_by("-version")


def weighted(dimensions: list[dict[str, Any]], config: ScoringConfig) -> list[dict[str, Any]]:
    """The dimension dicts with the configuration's weights (unknown codes keep theirs)."""
    return [
        {**d, "weight": float(config.weights.get(str(d["code"]), d.get("weight", 1.0)))}
        for d in dimensions
    ]


async def add_version(
    job_id: int,
    weights: Mapping[str, float],
    pass_line: float,
    *,
    reason: str,
    approved_by: str,
) -> ScoringConfig:
    """Make a new current version (the old ones stay) and set the job's live pass line."""
    base = await current_config(job_id)
    async with in_transaction() as conn:
        last = (
            await ScoringConfig.filter(job_id=job_id)
            .using_db(conn)
            .select_for_update()
            .order_by("-version")
            .first()
        )
        version = (last.version if last else base.version) + 1
        await (
            ScoringConfig.filter(job_id=job_id, is_current=True)
            .using_db(conn)
            .update(is_current=False)
        )
        created = await ScoringConfig.create(
            using_db=conn,
            job_id=job_id,
            version=version,
            weights={k: float(v) for k, v in weights.items()},
            pass_line=float(pass_line),
            is_current=True,
            reason=reason[:255],
            approved_by=approved_by[:80],
        )
        await Job.filter(id=job_id).using_db(conn).update(pass_line=float(pass_line))
    return created
