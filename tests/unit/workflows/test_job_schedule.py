"""Job names are one enumeration; one schedule table serves arq cron and the in-process ticker."""

from __future__ import annotations

import ast

import pytest

from dinghire.jobs import cron_jobs, job_functions
from settings import Settings
from tests.import_graph import modules
from workflows.background.names import JobName
from workflows.background.schedule import DAY_S, Periodic, schedule


def test_every_job_name_has_exactly_one_function_and_every_function_a_name() -> None:
    assert sorted(fn.__name__ for fn in job_functions()) == sorted(JobName)


def test_no_job_name_is_spelled_as_a_string_outside_the_enumeration() -> None:
    names = {str(n) for n in JobName}
    spelled = []
    for module, path in modules().items():
        if module == "workflows.background.names":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                spelled.append(f"{module}:{node.lineno} {node.value}")
    assert spelled == []


def test_the_schedule_runs_on_the_cadence_the_arq_worker_always_used() -> None:
    periods = {p.job: p.cron_fields() for p in schedule(Settings())}
    every_hour, every_minute = set(range(24)), set(range(60))
    assert periods[JobName.SCAN_INVITATIONS] == (every_hour, every_minute, {0})
    assert periods[JobName.RECONCILE_OFFERS] == (every_hour, set(range(0, 60, 5)), {30})
    assert periods[JobName.ENFORCE_RETENTION] == ({3}, {10}, {0})
    assert periods[JobName.DISPATCH_OUTBOX] == (every_hour, every_minute, set(range(0, 60, 5)))


def test_arq_gets_one_cron_job_per_row_but_the_outbox_nudge_stays_beside_the_bot() -> None:
    settings = Settings()
    table = schedule(settings)
    assert [c.name for c in cron_jobs(settings)] == [str(p.job) for p in table if not p.with_bot]
    assert [p.job for p in table if p.with_bot] == [JobName.DISPATCH_OUTBOX]


def test_the_ticker_runs_at_the_same_times_and_one_slot_gets_one_id() -> None:
    daily = Periodic(JobName.ENFORCE_RETENTION, DAY_S, at_s=3 * 3600 + 600)
    midnight = 20_000 * DAY_S
    first = daily.next_run(midnight)
    assert first == midnight + 3 * 3600 + 600
    assert daily.next_run(first) == first + DAY_S  # strictly after: a slot is not repeated
    assert daily.slot(first) == daily.slot(first + 1) != daily.slot(first + DAY_S)


def test_a_period_cron_cannot_express_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="does not divide a day"):
        Periodic(JobName.RECONCILE_OFFERS, 7 * 60).cron_fields()
    with pytest.raises(ValueError, match="not a cron schedule"):
        Periodic(JobName.RECONCILE_OFFERS, 45).cron_fields()
