"""The name of every background job: callers, the arq worker and the in-process runner use these."""

from __future__ import annotations

from enum import StrEnum


class JobName(StrEnum):
    """A job function's registered name (its Python name, which arq and the runner look up)."""

    DISPATCH_OUTBOX = "dispatch_outbox_job"
    HANDLE_CARD_CLICK = "handle_card_click_job"
    ANALYSE_ANSWER = "analyse_answer_job"
    SWEEP_STUCK_ANSWERS = "sweep_stuck_answers_job"
    BUILD_REPORT = "build_report_job"
    NOTIFY_SCORED = "notify_scored_job"
    PARSE_RESUME = "parse_resume_job"
    SCAN_INVITATIONS = "scan_invitations_job"
    INVITATION_REMINDER = "invitation_reminder_job"
    INVITATION_MISSED = "invitation_missed_job"
    RECONCILE_OFFERS = "reconcile_offers_job"
    CREATE_PREENTRY = "create_preentry_job"
    ENFORCE_RETENTION = "enforce_retention_job"
    PURGE_DELIVERY_LOG = "purge_delivery_log_job"
    OUTCOMES_DAILY = "outcomes_daily_job"
