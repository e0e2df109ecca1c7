"""Drift between two months from stored reports: a dimension whose scores moved is alerted, a
stable one is not."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from tests.integration.workflows.spreadsheets.support import Person, add, backend_job, make_vault
from workflows.applications.stages import Stage
from workflows.assessments.models import Report
from workflows.outcomes.drift_report import drift_report

OCT = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
NOV = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


async def test_a_moved_dimension_is_alerted_and_a_stable_one_is_not(db: Any) -> None:
    job, _ = await backend_job()
    app = await add(job, Person("张伟", "13812345678", stage=Stage.SCORED), make_vault())
    rng = random.Random(5)
    version = 0
    for start, shift in ((OCT[0], 0.0), (NOV[0], 1.5)):
        for day in range(60):
            version += 1
            await Report.create(
                application=app,
                version=version,
                analyser_version="test",
                dimensions=[
                    {
                        "code": "problem_solving",
                        "name": "问题解决",
                        "score": rng.gauss(6 + shift, 1),
                    },
                    {"code": "communication", "name": "沟通表达", "score": rng.gauss(6, 1)},
                ],
                is_current=False,
                created_at=start.replace(day=1 + day % 28, hour=day % 24),
            )
    report = await drift_report(OCT, NOV)
    by_name = {d.name: d for d in report.dimensions}
    assert by_name["问题解决"].alert and by_name["问题解决"].n_after == 60
    assert by_name["沟通表达"].level == "stable"
    alerts = report.alerts()
    assert len(alerts) == 1 and "「问题解决」" in alerts[0] and "明显变化" in alerts[0]
    assert not report.not_assessed.alert and report.questions == ()
