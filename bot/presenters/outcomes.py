"""What HR reads about outcomes and fairness. `OutcomesTexts` is the `OutcomesPresenter` port
of `workflows/outcomes/messages.py`."""

from __future__ import annotations

from integrations.dingtalk.messages import ActionButton, ActionCard, Markdown
from workflows.outcomes.messages import FairnessAlert, ReviewRequested, WeeklyDigest

MAX_ALERT_LINES = 8


class OutcomesTexts:
    """The bot's `OutcomesPresenter` (the bootstrap puts it in `Services.present`)."""

    def review_requested(self, news: ReviewRequested) -> Markdown:
        """The review request to the assignees."""
        body = (
            f"#### 候选人申请人工复核\n- 岗位：{news.job_title}\n"
            f"- 申请编号：{news.application_id}\n"
            f"- 理由：{news.reason}\n\n请在 7 天内复核评估结果并答复候选人。"
            f"[查看报告]({news.report_link})"
        )
        return Markdown("人工复核申请", body)

    def fairness_alert(self, news: FairnessAlert) -> Markdown:
        """The month's alerts to the HR heads (the first few, and how many more)."""
        alerts = news.alerts
        shown = "\n".join(f"- {line}" for line in alerts[:MAX_ALERT_LINES])
        more = len(alerts) - MAX_ALERT_LINES
        text = (
            f"#### {news.period} 公平性与一致性月报：{len(alerts)} 项需要关注\n{shown}"
            + (f"\n- ……另有 {more} 项，见管理后台" if more > 0 else "")
            + f"\n\n[查看月报]({news.console_link})"
        )
        return Markdown("公平性预警", text)

    def weekly_digest(self, news: WeeklyDigest) -> ActionCard:
        """The HR head's weekly card."""
        lines = [
            f"- 本周新增申请：{news.new_applications}",
            f"- 待处理的人工复核申请：{news.open_reviews}",
        ]
        if news.period:
            lowest = news.lowest_ratio
            lines.append(
                f"- {news.period} 月报：{news.alert_count} 项预警"
                + (f"，最低影响比 {lowest:.2f}" if lowest is not None else "")
            )
            best = news.best_predictor
            lines.append(
                f"- 预测效度：{best}"
                if best
                else "- 预测效度：有结果的录用者不足 30 人，暂不下结论"
            )
        return ActionCard(
            "钉聘周报",
            "#### 钉聘周报（招聘公平性与效度）\n" + "\n".join(lines),
            (ActionButton("打开管理后台", news.console_link),),
        )
