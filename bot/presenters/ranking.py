"""Chat markdown for rankings, comparisons, report summaries and similar candidates."""

from __future__ import annotations

from workflows.applications.stages import STAGE_LABELS_ZH
from workflows.messaging.markdown import inert
from workflows.ranking.compare import CompareEntry, Comparison
from workflows.ranking.service import RankPage, RankRow
from workflows.ranking.similar import SimilarResult
from workflows.ranking.summary import ReportSummary
from workflows.ranking.views import NOT_ASSESSED_ZH, DimensionCell

RECOMMENDATION_ZH = {"advance": "建议晋级", "reject": "建议淘汰"}
BEST = "🏆"


def _num(value: float | None, missing: str = "—") -> str:
    return missing if value is None else f"{value:.0f}"


def _dims_short(cells: tuple[DimensionCell, ...]) -> str:
    return " · ".join(
        f"{c.name} {c.score:.1f}" if c.score is not None else f"{c.name} {NOT_ASSESSED_ZH}"
        for c in cells
    )


def _rank_line(row: RankRow) -> str:
    head = (
        f"{row.position}. **{inert(row.name)}**（编号 {row.application_id}，"
        f"{row.masked_phone or '无手机'}）{STAGE_LABELS_ZH[row.stage]}"
    )
    if row.overall_score is not None:
        scores = f"面试 {row.overall_score:.0f} · 匹配 {_num(row.match_score)}"
        if row.rank_score is not None:
            scores = f"综合 {row.rank_score:.1f} · {scores}"
    elif row.match_score is not None:
        scores = f"未面试 · 匹配 {row.match_score:.0f}"
    else:
        scores = "未面试 · 未匹配"
    lines = [f"{head} · {scores}"]
    extra: list[str] = []
    if row.dimensions:
        extra.append(_dims_short(row.dimensions))
    if row.flags:
        extra.append("⚠️ " + "、".join(row.flags[:3]))
    if row.recommendation in RECOMMENDATION_ZH:
        extra.append(RECOMMENDATION_ZH[row.recommendation])
    if extra:
        lines.append("   " + " · ".join(extra))
    return "\n".join(lines)


def render_rank(page: RankPage) -> str:
    """The `排名` reply."""
    lines = [
        f"#### 排名 · #{page.job_id} {page.job_title}",
        f"共 {page.total} 人，第 {page.page}/{page.pages} 页（每页 {page.page_size} 人）",
    ]
    described = page.filters.describe()
    if described:
        lines.append(f"筛选：{described}")
    lines.append("")
    if page.rows:
        lines += [_rank_line(r) for r in page.rows]
    elif page.total:
        lines.append(f"第 {page.page} 页没有候选人了（共 {page.pages} 页）。")
    else:
        lines.append("没有符合条件的候选人。")
    lines.append(
        "\n综合分 = 面试总分×0.8 + 简历匹配×0.2；未面试的候选人按匹配度排在已面试候选人之后。"
    )
    if page.page < page.pages:
        lines.append(f"发送 `排名 {page.job_id} … 第{page.page + 1}页` 查看下一页")
    lines.append(f"发送 `报告 编号` 查看报告，`对比 {page.job_id} 编号1 编号2` 对比候选人")
    return "\n".join(lines)


def _who(e: CompareEntry) -> str:
    return f"{inert(e.name)}({e.application_id})"


def _cell(e: CompareEntry, code: str, best: tuple[int, ...]) -> str:
    cell = e.dimensions.get(code)
    if not e.has_report:
        return f"{_who(e)} 未面试"
    if cell is None or cell.score is None:
        return f"{_who(e)} {NOT_ASSESSED_ZH}"
    mark = f" {BEST}" if e.application_id in best else ""
    return f"{_who(e)} {cell.score:.1f}（置信 {cell.confidence:.2f}）{mark}"


def _score_line(
    label: str,
    entries: list[CompareEntry],
    values: dict[int, float | None],
    best: tuple[int, ...],
    missing: str,
) -> str:
    parts = []
    for e in entries:
        v = values[e.application_id]
        mark = f" {BEST}" if e.application_id in best else ""
        parts.append(f"{_who(e)} {missing if v is None else f'{v:.0f}'}{mark}")
    return f"**{label}**：" + " ｜ ".join(parts)


def render_compare(c: Comparison) -> str:
    """The `对比` reply: a line per dimension, then each candidate's strengths, gaps and flags."""
    lines = [f"#### 候选人对比 · #{c.job_id} {c.job_title}", ""]
    lines.append(
        _score_line(
            "面试总分",
            c.entries,
            {e.application_id: e.overall_score for e in c.entries},
            c.best_overall,
            "未面试",
        )
    )
    lines.append(
        _score_line(
            "简历匹配",
            c.entries,
            {e.application_id: e.match_score for e in c.entries},
            c.best_match,
            "未匹配",
        )
    )
    for code, name in c.dimensions:
        best = c.best_by_dimension.get(code, ())
        cells = " ｜ ".join(_cell(e, code, best) for e in c.entries)
        lines.append(f"**{name}**：{cells}")
    lines.append("\n---")
    for e in c.entries:
        lines.append(f"\n**{_who(e)}** {STAGE_LABELS_ZH[e.stage]}")
        if not e.has_report:
            lines.append("- 尚无面试报告")
        if e.strengths:
            lines.append("- 优势：" + "；".join(e.strengths))
        if e.gaps:
            lines.append("- 不足：" + "；".join(e.gaps))
        if e.flags:
            lines.append("- ⚠️ 异常：" + "、".join(e.flags))
        if e.recommendation in RECOMMENDATION_ZH:
            lines.append(f"- {RECOMMENDATION_ZH[e.recommendation]}")
    if c.dimensions:
        lines.append(
            f"\n{BEST} 表示该项最高；各维度满分 10，“{NOT_ASSESSED_ZH}”表示本次面试缺少证据。"
        )
    return "\n".join(lines)


def render_report(s: ReportSummary, link: str) -> str:
    """The `报告` reply: scores, each dimension, strengths, gaps, flags and the report link."""
    lines = [
        f"#### 面试报告 · {inert(s.name)}（编号 {s.application_id}）",
        f"岗位：#{s.job_id} {s.job_title} · 阶段：{STAGE_LABELS_ZH[s.stage]}",
        "",
    ]
    f = s.facts
    if f is None:
        lines.append("该候选人还没有面试评估报告（尚未完成面试或正在分析）。")
        lines.append(f"- 简历匹配：{_num(s.match_score, '未匹配')}")
        lines += [f"- ✅ {inert(m)}" for m in s.matched[:4]]
        lines += [f"- ⚠️ {inert(m)}" for m in s.missing[:4]]
    else:
        conf = f"（置信 {f.confidence:.2f}）" if f.confidence is not None else ""
        lines.append(f"**面试总分：{_num(f.overall, '未评估')}**{conf}")
        lines.append(f"- 简历匹配：{_num(s.match_score, '未匹配')}")
        if s.rank_score is not None and s.overall_score is not None:
            lines.append(f"- 综合排名分：{s.rank_score:.1f}")
        if s.recommendation in RECOMMENDATION_ZH:
            lines.append(f"- {RECOMMENDATION_ZH[s.recommendation]}")
        lines.append("\n**各维度**")
        for d in f.dimensions:
            if d.score is None:
                why = f"（{d.reason}）" if d.reason else ""
                lines.append(f"- {d.name}：{NOT_ASSESSED_ZH}{why}")
            else:
                lines.append(f"- {d.name}：{d.label()}")
        if f.strengths:
            lines.append("\n**优势**：" + "；".join(f.strengths))
        if f.gaps:
            lines.append("\n**不足**：" + "；".join(f.gaps))
        lines.append("\n**异常提示**：" + ("、".join(f.flags) if f.flags else "无"))
    lines.append(f"\n[查看完整报告（证据、录像时间点、转写）]({link})")
    return "\n".join(lines)


def render_similar(r: SimilarResult) -> str:
    """The `相似` reply."""
    scope = "本岗位" if r.same_job_only else "全部在招岗位"
    lines = [
        f"#### 相似候选人 · {inert(r.name)}（编号 {r.application_id}）",
        f"岗位：#{r.job_id} {r.job_title} · 范围：{scope}（比较了 {r.pool_size} 份申请）",
        "",
    ]
    if not r.items:
        lines.append("没有找到足够相似的候选人。")
    for i, c in enumerate(r.items, 1):
        interview = "未面试" if c.overall_score is None else f"面试 {c.overall_score:.0f}"
        scores = f"{interview} · 匹配 {_num(c.match_score, '未匹配')}"
        lines.append(
            f"{i}. **{inert(c.name)}**（编号 {c.application_id}，{c.masked_phone or '无手机'}）"
            f"#{c.job_id} {c.job_title} · {STAGE_LABELS_ZH[c.stage]} · {scores}"
            f" · 相似度 {c.similarity * 100:.0f}%"
        )
        if c.reasons:
            lines.append("   " + "；".join(inert(x) for x in c.reasons))
    if not r.same_job_only:
        lines.append(f"\n发送 `相似 {r.application_id} 本岗位` 只看同一岗位")
    return "\n".join(lines)
