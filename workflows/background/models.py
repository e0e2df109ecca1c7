"""Dead-letter records of background jobs that exhausted their retries."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from workflows.common.fields import TimestampedModel


class FailedJob(TimestampedModel):
    """A job that failed for good; HR and operators see these, and can retry them."""

    id = fields.BigIntField(primary_key=True)
    job_id = fields.CharField(max_length=160, unique=True)
    function = fields.CharField(max_length=80, db_index=True)
    args = fields.JSONField[list[Any]](default=list)
    tries = fields.SmallIntField()
    error = fields.TextField()
    resolved = fields.BooleanField(default=False)

    class Meta:
        table = "failed_job"
