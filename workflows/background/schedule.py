"""The one table of periodic jobs, run as arq cron jobs or as in-process tickers alike."""

from __future__ import annotations

import math
from dataclasses import dataclass

from settings import Settings
from workflows.background.names import JobName

DAY_S = 24 * 3600


@dataclass(frozen=True)
class Periodic:
    """Run `job` every `every_s` seconds, `at_s` seconds into each period (UTC day clock)."""

    job: JobName
    every_s: int
    at_s: int = 0
    # Ticked by the process that runs the bot under either backend, never an arq cron job: the
    # outbox nudge belongs with the DingTalk connection, not with (burst) workers.
    with_bot: bool = False

    def next_run(self, now: float) -> float:
        """The first run time (epoch seconds) strictly after `now`."""
        periods = math.floor((now - self.at_s) / self.every_s) + 1
        return float(periods * self.every_s + self.at_s)

    def slot(self, at: float) -> int:
        """Which period a run time belongs to: one job id per slot keeps a run from doubling."""
        return int((at - self.at_s) // self.every_s)

    def cron_fields(self) -> tuple[set[int], set[int], set[int]]:
        """(hours, minutes, seconds) of the day for arq's cron; ValueError if cron can't say it."""
        if self.every_s <= 0 or DAY_S % self.every_s:
            raise ValueError(f"{self.job}: a period of {self.every_s} s does not divide a day")
        times = range(self.at_s % self.every_s, DAY_S, self.every_s)
        hours = {t // 3600 for t in times}
        minutes = {t // 60 % 60 for t in times}
        seconds = {t % 60 for t in times}
        if len(hours) * len(minutes) * len(seconds) != len(times):
            raise ValueError(f"{self.job}: a period of {self.every_s} s is not a cron schedule")
        return hours, minutes, seconds


def schedule(settings: Settings) -> tuple[Periodic, ...]:
    """Every periodic job of the system and how often it runs."""
    return (
        # Outbox retries after an outage (a new message is dispatched at once by its sender).
        Periodic(JobName.DISPATCH_OUTBOX, 5, with_bot=True),
        # Uploaded answers whose analysis job was lost are queued again (same job id).
        Periodic(JobName.SWEEP_STUCK_ANSWERS, 300, at_s=150),
        # Invitation reminders and missed deadlines.
        Periodic(JobName.SCAN_INVITATIONS, 60),
        # Open offer approvals are read back in case an event was lost.
        Periodic(JobName.RECONCILE_OFFERS, int(settings.offers.poll_interval_s), at_s=30),
        # Retention limits once a day, at a quiet hour (03:10).
        Periodic(JobName.ENFORCE_RETENTION, DAY_S, at_s=3 * 3600 + 10 * 60),
        # Hire outcomes from 智能人事; the monthly fairness report on the 1st, the HR head's
        # digest on Mondays (01:40 UTC = 09:40 Beijing time).
        Periodic(JobName.OUTCOMES_DAILY, DAY_S, at_s=3600 + 40 * 60),
    )
