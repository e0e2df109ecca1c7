"""Which applications of a job a ranking shows, and how many per page."""

from __future__ import annotations

from dataclasses import dataclass

from workflows.applications.stages import STAGE_LABELS_ZH, Stage

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class RankFilters:
    """Which applications of a job a ranking shows."""

    stages: tuple[Stage, ...] = ()
    min_overall: float | None = None
    min_match: float | None = None
    no_integrity_flags: bool = False
    has_report: bool = False

    def describe(self) -> str:
        """The filters in Chinese, for the reply header ('' when none)."""
        parts: list[str] = []
        if self.min_overall is not None:
            parts.append(f"面试分≥{self.min_overall:g}")
        if self.min_match is not None:
            parts.append(f"匹配≥{self.min_match:g}")
        if self.stages:
            parts.append("阶段：" + "、".join(STAGE_LABELS_ZH[s] for s in self.stages))
        if self.no_integrity_flags:
            parts.append("无诚信异常")
        if self.has_report:
            parts.append("有报告")
        return "，".join(parts)
