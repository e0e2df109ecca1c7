"""Counted DingTalk calls, one row per month and API."""

from __future__ import annotations

from tortoise import fields

from workflows.common.fields import TimestampedModel


class ApiCallCount(TimestampedModel):
    """How often DingHire called one DingTalk API in one month (Beijing time, e.g. 2026-12)."""

    id = fields.IntField(primary_key=True)
    month = fields.CharField(max_length=7)
    api = fields.CharField(max_length=128)
    calls = fields.IntField(default=0)

    class Meta:
        table = "api_call_count"
        unique_together = (("month", "api"),)


class SenderCount(TimestampedModel):
    """How many resumes one chat sender sent in one fixed window (intake rate limit)."""

    id = fields.IntField(primary_key=True)
    sender = fields.CharField(max_length=80)
    # Start of the window, in seconds since the epoch.
    window = fields.BigIntField()
    count = fields.IntField(default=0)

    class Meta:
        table = "sender_count"
        unique_together = (("sender", "window"),)
