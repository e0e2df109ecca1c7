"""The outcomes API behind the HR sign-in: the HR head reads the monthly report and the live
validity, proposes and approves new weights; ordinary HR may not; review tasks are listed and
closed."""

from __future__ import annotations

from datetime import timedelta

import httpx

from dinghire.bootstrap import Container
from tests.integration.miniapp_api.harness import FakeClock
from tests.integration.workflows.outcomes.support import store_cohort
from workflows.jobs.models import Job
from workflows.outcomes.models import ReviewRequest
from workflows.outcomes.monthly import build_monthly_report
from workflows.privacy import contexts
from workflows.staff.models import Staff
from workflows.staff.web_session import sign_web_session


async def _bearer(container: Container, clock: FakeClock, user_id: str) -> dict[str, str]:
    staff = await Staff.get(dingtalk_user_id=user_id)
    secret = container.settings.security.secret_key.get_secret_value().encode()
    token = sign_web_session(staff.id, clock() + timedelta(hours=1), secret)
    return {"Authorization": f"Bearer {token}"}


async def test_hr_head_reads_reports_and_approves_a_proposal_hr_may_not(
    client: httpx.AsyncClient, container: Container, clock: FakeClock
) -> None:
    services = container.services
    job, _, ids = await store_cohort(container.vault, n=200)
    await build_monthly_report(services, "2026-11")
    head = await _bearer(container, clock, "hr_lijing")
    hr = await _bearer(container, clock, "hr_wangfang")

    assert (await client.get("/api/hr/outcomes/access", headers=hr)).json() == {"allowed": False}
    assert (await client.get("/api/hr/outcomes/access", headers=head)).json() == {"allowed": True}
    refused = await client.get("/api/hr/outcomes/monthly/latest", headers=hr)
    assert refused.status_code == 403 and "HR 负责人" in refused.json()["error"]["message"]
    latest = await client.get("/api/hr/outcomes/monthly/latest", headers=head)
    assert latest.status_code == 200
    body = latest.json()
    assert body["period"] == "2026-11" and body["fairness"]["applications"] == 200
    assert (await client.get("/api/hr/outcomes/monthly", headers=head)).json()[0][
        "period"
    ] == "2026-11"
    validity = (await client.get("/api/hr/outcomes/validity", headers=head)).json()
    assert validity["hires"] > 0 and any(r["predictor"] == "问题解决" for r in validity["rows"])

    proposed = await client.post(f"/api/hr/outcomes/jobs/{job.id}/calibration", headers=head)
    assert proposed.status_code == 200
    view = proposed.json()
    (proposal,) = view["proposals"]
    assert proposal["status"] == "pending" and view["current"]["version"] == 1
    denied = await client.post(
        f"/api/hr/outcomes/proposals/{proposal['id']}/decision", json={"approve": True}, headers=hr
    )
    assert denied.status_code == 403
    approved = await client.post(
        f"/api/hr/outcomes/proposals/{proposal['id']}/decision",
        json={"approve": True},
        headers=head,
    )
    assert approved.json() == {"id": proposal["id"], "status": "approved", "applied_version": 2}
    after = (await client.get(f"/api/hr/outcomes/jobs/{job.id}/calibration", headers=head)).json()
    assert after["current"]["version"] == 2 and [v["version"] for v in after["versions"]] == [2, 1]
    assert (await Job.get(id=job.id)).pass_line == proposal["proposed_pass_line"]

    app_id = next(iter(ids.values()))
    await ReviewRequest.create(
        application_id=app_id,
        reason_enc=container.vault.encrypt("请复核", context=contexts.REVIEW_REASON),
        assignee_user_id="hr_wangfang",
    )
    mine = (await client.get("/api/hr/outcomes/reviews", headers=hr)).json()
    assert [(t["application_id"], t["reason"]) for t in mine] == [(app_id, "请复核")]
    closed = await client.post(
        f"/api/hr/outcomes/reviews/{mine[0]['id']}/close", json={"resolution": "已复核"}, headers=hr
    )
    assert closed.json()["status"] == "done"
    assert (await client.get("/api/hr/outcomes/reviews", headers=head)).json() == []
