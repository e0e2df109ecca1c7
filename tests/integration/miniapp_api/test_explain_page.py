"""The candidate's explanation page: dimensions with the evidence in their own words, what is
not used for scoring, and a review form whose request becomes an HR task (and a message)."""

from __future__ import annotations

from datetime import timedelta

import httpx

from dinghire.bootstrap import Container
from settings import Settings
from tests.integration.miniapp_api.harness import FakeClock
from tests.integration.workflows.offers.onboarding_support import HR, approved_offer
from workflows.actors import Actor
from workflows.assessments.models import Report
from workflows.links import explain_url
from workflows.messaging.models import OutboxMessage
from workflows.outcomes.explain import close_review, open_reviews
from workflows.outcomes.models import ReviewStatus
from workflows.privacy import contexts

QUOTE = "我主导了订单服务拆分，把下单接口耗时从八百毫秒降到了两百毫秒"


async def test_explanation_and_review_request(
    client: httpx.AsyncClient, container: Container, api_settings: Settings, clock: FakeClock
) -> None:
    offer = await approved_offer(container.vault)
    app_id = int(offer.application_id)  # type: ignore[attr-defined]
    report = await Report.get(application_id=app_id, is_current=True)
    dims = [dict(d) for d in report.dimensions]
    dims[0]["evidence"] = [{"text": QUOTE, "start": 0.0, "end": 3.0}]
    report.dimensions = dims
    await report.save()
    token = explain_url(api_settings, app_id, now=clock()).rsplit("/x/", 1)[1]

    page = await client.get(f"/x/{token}")
    assert page.status_code == 200
    assert "后端技术：7.8/10" in page.text and QUOTE in page.text
    assert "学习能力：未评估（回答过短）" in page.text
    assert "性别、年龄、地区、学校等信息不参与评分" in page.text
    assert "申请人工复核" in page.text and f"/x/{token}/review" in page.text

    sent = await client.post(
        f"/x/{token}/review", data={"reason": "我的沟通表达得分偏低，想请人工再听一遍录音"}
    )
    assert sent.status_code == 200 and "复核申请已提交" in sent.text
    again = await client.post(f"/x/{token}/review", data={"reason": "再次提交"})
    assert again.status_code == 200
    (task,) = await open_reviews()  # one open task per application, however often asked
    assert task.assignee_user_id == HR and task.report_version == 1
    assert "沟通表达" not in task.reason_enc
    reason = container.vault.decrypt(task.reason_enc, context=contexts.REVIEW_REASON)
    assert reason.startswith("我的沟通表达得分偏低")
    message = await OutboxMessage.get(dedup_key=f"review-request:{task.id}")
    assert "候选人申请人工复核" in str(message.payload)
    closed = await close_review(task.id, Actor.staff(HR), "已复核，维持原评估并电话说明")
    assert closed.status is ReviewStatus.DONE and await open_reviews() == []

    clock.advance(timedelta(days=91).total_seconds())
    expired = await client.get(f"/x/{token}")
    assert expired.status_code in (401, 403, 410) and "说明链接已过期" in expired.text
