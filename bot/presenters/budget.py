"""What HR reads about the DingTalk API budget. `BudgetTexts` is the `BudgetPresenter` port of
`workflows/budget/messages.py`."""

from __future__ import annotations

from integrations.dingtalk.messages import Markdown
from workflows.budget.messages import BudgetAlert


class BudgetTexts:
    """The bot's `BudgetPresenter` (the bootstrap gives it to the DingTalk call counter)."""

    def budget_alert(self, alert: BudgetAlert) -> Markdown:
        """The Chinese warning HR gets when `alert.pct` percent of the month's budget is used."""
        return Markdown(
            f"钉钉接口调用量已用 {alert.pct}%",
            f"### 钉钉接口调用量已用 {alert.pct}%\n\n"
            f"- 月份：{alert.month}\n- 已用：{alert.used} 次 / 每月 {alert.budget} 次\n\n"
            "用完后本月所有钉钉消息、审批和入职登记都会失败，直到下月恢复。"
            "请减少不必要的操作，或联系管理员升级钉钉版本以提高调用额度。",
        )
