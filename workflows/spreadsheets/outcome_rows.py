"""The outcomes import: check rows against hired applications, then save hire outcomes,
performance ratings and (encrypted) demographics."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import Stage
from workflows.outcomes.demographics import Demographics, save_profile
from workflows.outcomes.models import HireOutcome, PerformanceRating, ProbationResult
from workflows.privacy import contexts
from workflows.privacy.vault import PiiVault

if TYPE_CHECKING:
    from workflows.spreadsheets.result import ImportResult
    from workflows.spreadsheets.validation import CellError, Layout, ParsedRow, Validated

HIRED_STAGES = (Stage.ONBOARDING, Stage.HIRED)
DEMOGRAPHIC_HEADERS = ("性别", "出生年份", "地区", "学校层次")
OUTCOME_HEADERS: tuple[str, ...] = ("入职日期", "试用期结果", "转正日期", "绩效周期", "绩效评级")
OUTCOME_HEADERS += ("离职日期", "离职类型", "离职原因")


async def check(
    validated: Validated, layout: Layout, cell_error: Callable[[Layout, int, str, str], CellError]
) -> None:
    """Every row names a hired application; ratings come with their period; dates are in order;
    one rating per application and period."""
    ids = {r.values["申请编号"] for r in validated.rows if "申请编号" in r.values}
    apps = {a.id: a for a in await Application.filter(id__in=ids)} if ids else {}
    seen: dict[tuple[int, str], int] = {}
    for r in validated.rows:
        v = r.values
        app_id = v.get("申请编号")
        if app_id is not None:
            app = apps.get(app_id)
            if app is None:
                reason = f"申请编号 {app_id} 不存在（见导出表的「编号」列）"
                validated.errors.append(cell_error(layout, r.number, "申请编号", reason))
            elif app.stage not in HIRED_STAGES and any(h in v for h in OUTCOME_HEADERS):
                # Demographics may come for any applicant (fairness of every decision);
                # outcomes only for hires.
                reason = f"申请 #{app_id} 尚未录用（只有待入职或已入职的申请可以导入录用后表现）"
                validated.errors.append(cell_error(layout, r.number, "申请编号", reason))
        if ("绩效评级" in v) != ("绩效周期" in v):
            missing = "绩效周期" if "绩效评级" in v else "绩效评级"
            reason = "绩效周期和绩效评级需同时填写"
            validated.errors.append(cell_error(layout, r.number, missing, reason))
        joined = v.get("入职日期")
        for header in ("转正日期", "离职日期"):
            later = v.get(header)
            if joined is not None and later is not None and later < joined:
                reason = f"{header}（{later}）不能早于入职日期（{joined}）"
                validated.errors.append(cell_error(layout, r.number, header, reason))
        period = v.get("绩效周期")
        if app_id is not None and period is not None:
            key = (app_id, period)
            if key in seen:
                reason = f"与第{seen[key]}行重复（同一申请的同一绩效周期）"
                validated.errors.append(cell_error(layout, r.number, "绩效周期", reason))
            else:
                seen[key] = r.number


async def apply(
    rows: list[ParsedRow], result: ImportResult, *, actor: Actor, vault: PiiVault
) -> None:
    """Save the rows (inside the import's transaction)."""
    touched: set[int] = set()
    for r in rows:
        v = r.values
        app = await Application.get(id=v["申请编号"])
        if any(h in v for h in DEMOGRAPHIC_HEADERS):
            await save_profile(
                int(app.candidate_id),  # type: ignore[attr-defined]
                Demographics(
                    gender=v.get("性别", ""),
                    birth_year=v.get("出生年份"),
                    region=v.get("地区", ""),
                    school_tier=v.get("学校层次", ""),
                ),
                vault=vault,
                actor=actor,
                source="excel",
            )
        if not any(h in v for h in OUTCOME_HEADERS):
            result.unchanged += 1  # demographics only
            continue
        outcome, created = await HireOutcome.get_or_create(application_id=app.id)
        if created:
            result.created += 1
        elif outcome.id not in touched:
            result.updated += 1
        touched.add(outcome.id)
        if "入职日期" in v:
            outcome.hired_on = v["入职日期"]
        if "试用期结果" in v:
            outcome.probation = ProbationResult(v["试用期结果"])
        if "转正日期" in v:
            outcome.regularised_on = v["转正日期"]
            if "试用期结果" not in v:
                outcome.probation = ProbationResult.PASSED
        if "离职日期" in v:
            outcome.left_on = v["离职日期"]
        if "离职类型" in v:
            outcome.leaving_type = v["离职类型"]
        if "离职原因" in v:
            outcome.leaving_reason_enc = vault.encrypt(
                v["离职原因"], context=contexts.LEAVING_REASON
            )
        outcome.source = "excel"
        await outcome.save()
        if "绩效周期" in v:
            label, value = v["绩效评级"]
            await PerformanceRating.update_or_create(
                defaults={"label": label, "value": value},
                outcome_id=outcome.id,
                period=v["绩效周期"],
            )
