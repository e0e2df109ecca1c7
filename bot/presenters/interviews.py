"""What HR reads about interviews. `InterviewTexts` is the `InterviewPresenter` port of
`workflows/interviews/messages.py`."""

from __future__ import annotations

from integrations.dingtalk.messages import Markdown
from workflows.interviews.messages import InterviewSubmitted


class InterviewTexts:
    """The bot's `InterviewPresenter` (the bootstrap puts it in `Services.present`)."""

    def submitted(self, news: InterviewSubmitted) -> Markdown:
        """The job owner's 'interview submitted' message."""
        text = (
            f"### 面试已提交\n\n"
            f"- 岗位：{news.job_title}\n"
            f"- 候选人：{news.name}\n"
            f"- 已作答：{news.answered} / {news.planned} 题\n\n"
            f"系统正在分析回答，评估报告生成后会再通知你。"
        )
        return Markdown(f"{news.name} 已提交面试", text)
