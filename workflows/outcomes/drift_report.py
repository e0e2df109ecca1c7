"""Drift and consistency between two periods: score distributions per dimension and per
question, the share of "not assessed" answers, and ASR confidence by region (accents)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from analysis.outcomes import Drift, ShareShift, compare, share_shift
from workflows.assessments.models import AnalysisResult, Report
from workflows.outcomes.demographics import Demographics

QUESTION_CHARS = 24
FOLLOW_UPS = "（追问）"


@dataclass(frozen=True, slots=True)
class DriftReport:
    """What moved from the earlier period to the later one."""

    dimensions: tuple[Drift, ...]
    questions: tuple[Drift, ...]
    not_assessed: ShareShift
    asr_by_region: tuple[Drift, ...]  # each region against all others, in the later period

    def alerts(self) -> list[str]:
        """Plain-Chinese lines for what moved."""
        lines = [d.explain() for d in (*self.dimensions, *self.questions) if d.alert]
        if self.not_assessed.alert:
            (hb, nb), (ha, na) = self.not_assessed.before, self.not_assessed.after
            lines.append(
                f"「未评估」的回答占比由 {hb / nb:.1%} 升至 {ha / na:.1%}"
                f"（p={self.not_assessed.p_value:.3f}），请检查录音设备或识别引擎。"
            )
        for d in self.asr_by_region:
            if d.alert and (d.mean_after or 0) < (d.mean_before or 0):
                lines.append(
                    f"{d.name}的语音识别置信度（{d.mean_after:.2f}）明显低于其他地区"
                    f"（{d.mean_before:.2f}），口音可能影响评估，请人工复核相关回答。"
                )
        return lines


def _result_confidence(result: AnalysisResult) -> float | None:
    segments = [s for s in result.segments if s.get("confidence") is not None]
    total = sum(float(s.get("end", 0)) - float(s.get("start", 0)) for s in segments)
    if not segments or total <= 0:
        return None
    return (
        sum(
            float(s["confidence"]) * (float(s.get("end", 0)) - float(s.get("start", 0)))
            for s in segments
        )
        / total
    )


def _assessed_scores(result: AnalysisResult) -> list[float]:
    dims = (result.dimension_scores or {}).get("dimensions") or []
    return [float(d["score"]) for d in dims if d.get("score") is not None]


async def drift_report(
    before: tuple[datetime, datetime],
    after: tuple[datetime, datetime],
    profiles_by_application: dict[int, Demographics] | None = None,
) -> DriftReport:
    """Compare the period `after` with `before` (each [start, end))."""
    dims: dict[str, list[list[float]]] = defaultdict(lambda: [[], []])
    for i, (start, end) in enumerate((before, after)):
        for report in await Report.filter(created_at__gte=start, created_at__lt=end):
            for d in report.dimensions:
                if d.get("score") is not None:
                    dims[str(d.get("name") or d.get("code"))][i].append(float(d["score"]))
    questions: dict[str, list[list[float]]] = defaultdict(lambda: [[], []])
    counts = [[0, 0], [0, 0]]  # (not assessed, total) per period
    asr: dict[str, list[float]] = defaultdict(list)
    for i, (start, end) in enumerate((before, after)):
        results = await AnalysisResult.filter(
            created_at__gte=start, created_at__lt=end
        ).prefetch_related("answer__session")
        for r in results:
            scores = _assessed_scores(r)
            counts[i][1] += 1
            if not scores:
                counts[i][0] += 1
                continue
            # A follow-up's own words are sealed (and unique to one answer): group them as one.
            text = FOLLOW_UPS if r.answer.is_follow_up else r.answer.question_text or ""
            text = text[:QUESTION_CHARS]
            questions[text][i].append(sum(scores) / len(scores))
            if i == 1 and profiles_by_application is not None:
                conf = _result_confidence(r)
                app_id = int(r.answer.session.application_id)
                region = profiles_by_application.get(app_id, Demographics()).region
                if conf is not None and region:
                    asr[region].append(conf)
    by_region = []
    for region in sorted(asr):
        rest = [c for other, values in asr.items() if other != region for c in values]
        by_region.append(compare(f"{region}考生", rest, asr[region]))
    return DriftReport(
        tuple(compare(name, b, a) for name, (b, a) in sorted(dims.items())),
        tuple(compare(f"题目「{q}」", b, a) for q, (b, a) in sorted(questions.items())),
        share_shift("未评估", (counts[0][0], counts[0][1]), (counts[1][0], counts[1][1])),
        tuple(by_region),
    )
