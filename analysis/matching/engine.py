"""Scores a resume 0-100 against job requirements and says why, criterion by criterion."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from analysis.matching.requirements import Requirements
from analysis.resume.types import ParsedResume

MATCHER_VERSION = "match-1.1"

# Relative weight of each criterion; only criteria the job states take part.
WEIGHTS: dict[str, float] = {
    "skills": 40.0,
    "degree": 15.0,
    "major": 10.0,
    "years": 15.0,
    "industry": 5.0,
    "city": 5.0,
    "salary": 10.0,
}

CRITERION_ZH = {
    "skills": "技能",
    "degree": "学历",
    "major": "专业",
    "years": "工作年限",
    "industry": "行业经验",
    "city": "工作城市",
    "salary": "期望薪资",
}


class Status(StrEnum):
    """How one criterion came out."""

    MET = "met"
    PARTIAL = "partial"
    MISSING = "missing"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class MatchItem:
    """One criterion: its share of the score and a Chinese sentence saying why."""

    criterion: str
    status: Status
    fraction: float
    weight: float
    detail: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The score (None when nothing could be judged), reasons, gaps and disqualifiers."""

    score: float | None
    confidence: float
    items: tuple[MatchItem, ...]
    disqualified: bool = False
    disqualify_reasons: tuple[str, ...] = ()
    version: str = MATCHER_VERSION
    matched: tuple[str, ...] = field(default=())
    missing: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form stored with the application."""
        return {
            "score": self.score,
            "confidence": self.confidence,
            "disqualified": self.disqualified,
            "disqualify_reasons": list(self.disqualify_reasons),
            "matched": list(self.matched),
            "missing": list(self.missing),
            "items": [
                {
                    "criterion": i.criterion,
                    "status": i.status.value,
                    "fraction": round(i.fraction, 3),
                    "weight": i.weight,
                    "detail": i.detail,
                }
                for i in self.items
            ],
            "version": self.version,
        }


def _norm_skill(name: str) -> str:
    return re.sub(r"[\s\-_.·]", "", name).lower()


def _skills(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if not (req.required_skills or req.preferred_skills):
        return None
    have = {_norm_skill(s.value) for s in resume.skills}
    req_hit = [s for s in req.required_skills if _norm_skill(s) in have]
    req_miss = [s for s in req.required_skills if _norm_skill(s) not in have]
    pref_hit = [s for s in req.preferred_skills if _norm_skill(s) in have]
    # Required skills carry most of the criterion; preferred ones add the rest.
    parts: list[tuple[float, float]] = []
    if req.required_skills:
        parts.append(
            (0.7 if req.preferred_skills else 1.0, len(req_hit) / len(req.required_skills))
        )
    if req.preferred_skills:
        share = 0.3 if req.required_skills else 1.0
        # Most people list a few of many preferred skills; half of them earns full credit.
        parts.append((share, min(1.0, len(pref_hit) / max(1.0, len(req.preferred_skills) / 2))))
    fraction = sum(w * f for w, f in parts)
    bits = []
    if req_hit or pref_hit:
        bits.append("具备 " + "、".join(req_hit + pref_hit))
    if req_miss:
        bits.append("缺少必备技能 " + "、".join(req_miss))
    if not have:
        return MatchItem("skills", Status.MISSING, 0.0, WEIGHTS["skills"], "简历中未识别到相关技能")
    status = Status.MET if fraction >= 0.85 else Status.PARTIAL if fraction > 0 else Status.MISSING
    return MatchItem("skills", status, fraction, WEIGHTS["skills"], "；".join(bits))


def _degree(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if req.min_degree is None:
        return None
    weight = WEIGHTS["degree"]
    if resume.highest_degree is None:
        return MatchItem("degree", Status.UNKNOWN, 0.0, weight, "简历未写明学历")
    have = resume.highest_degree.value
    want = req.min_degree
    if have.rank >= want.rank:
        return MatchItem(
            "degree", Status.MET, 1.0, weight, f"{have.label_zh}，满足{want.label_zh}及以上要求"
        )
    return MatchItem(
        "degree", Status.MISSING, 0.0, weight, f"{have.label_zh}，低于{want.label_zh}要求"
    )


def _major(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if not req.majors:
        return None
    weight = WEIGHTS["major"]
    majors = [e.major.value for e in resume.education if e.major is not None]
    if not majors:
        return MatchItem("major", Status.UNKNOWN, 0.0, weight, "简历未写明专业")
    for major in majors:
        for want in req.majors:
            if want in major or major in want:
                return MatchItem("major", Status.MET, 1.0, weight, f"{major}专业对口")
    return MatchItem(
        "major", Status.PARTIAL, 0.3, weight, f"{'、'.join(majors)}，非{'/'.join(req.majors)}方向"
    )


def _years(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if req.min_years is None and req.max_years is None:
        return None
    weight = WEIGHTS["years"]
    if resume.years_of_experience is None:
        return MatchItem("years", Status.UNKNOWN, 0.0, weight, "无法确定工作年限")
    years = resume.years_of_experience.value.years
    low, high = req.min_years, req.max_years
    if low is not None and years < low:
        # Close misses keep partial credit: 2.5 years against 3 is not the same as none.
        fraction = max(0.0, years / low) if low else 0.0
        return MatchItem(
            "years",
            Status.PARTIAL if fraction >= 0.5 else Status.MISSING,
            fraction * 0.8,
            weight,
            f"{years:g}年经验，要求{low:g}年以上",
        )
    if high is not None and years > high:
        return MatchItem(
            "years", Status.PARTIAL, 0.7, weight, f"{years:g}年经验，超过岗位期望的{high:g}年"
        )
    return MatchItem("years", Status.MET, 1.0, weight, f"{years:g}年经验，符合要求")


def _industry(resume: ParsedResume, resume_text: str, req: Requirements) -> MatchItem | None:
    if not req.industries:
        return None
    weight = WEIGHTS["industry"]
    # Employers and titles of the work entries name the industry even when no text is kept.
    jobs = [
        f"{w.employer.value if w.employer else ''}{w.title.value if w.title else ''}"
        for w in resume.work_history
    ]
    for ind in req.industries:
        for job, entry in zip(jobs, resume.work_history, strict=True):
            if ind in job:
                employer = entry.employer.value if entry.employer else job
                return MatchItem(
                    "industry", Status.MET, 1.0, weight, f"曾任职于{employer}（{ind}）"
                )
    if not resume_text:
        return MatchItem("industry", Status.UNKNOWN, 0.0, weight, "无法判断行业背景")
    hits = [ind for ind in req.industries if ind in resume_text]
    if hits:
        return MatchItem("industry", Status.MET, 1.0, weight, f"有{'、'.join(hits)}行业经历")
    return MatchItem("industry", Status.UNKNOWN, 0.0, weight, "未发现相关行业经历")


def _city(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if not req.cities:
        return None
    weight = WEIGHTS["city"]
    cities = [c.value for c in resume.expected_cities]
    if not cities and resume.current_city is not None:
        # No stated preference: where the candidate lives is the next best evidence, but a
        # different city only means a move, never a mismatch.
        here = resume.current_city.value
        if any(here in want or want in here for want in req.cities):
            return MatchItem("city", Status.MET, 1.0, weight, f"现居{here}")
        return MatchItem(
            "city", Status.PARTIAL, 0.5, weight, f"现居{here}，岗位在{'/'.join(req.cities)}"
        )
    if not cities:
        return MatchItem("city", Status.UNKNOWN, 0.0, weight, "简历未写明期望城市")
    hits = [c for c in cities if any(c in want or want in c for want in req.cities)]
    if hits:
        return MatchItem("city", Status.MET, 1.0, weight, f"期望在{'、'.join(hits)}工作")
    return MatchItem(
        "city",
        Status.MISSING,
        0.0,
        weight,
        f"期望城市{'、'.join(cities)}，岗位在{'/'.join(req.cities)}",
    )


def _salary(resume: ParsedResume, req: Requirements) -> MatchItem | None:
    if req.salary_month is None:
        return None
    weight = WEIGHTS["salary"]
    if resume.expected_salary is None:
        return MatchItem("salary", Status.UNKNOWN, 0.0, weight, "简历未写明期望薪资")
    exp = resume.expected_salary.value
    low, high = req.salary_month
    text = (
        f"期望{exp.min_monthly_cny // 1000}-{exp.max_monthly_cny // 1000}K/月，"
        f"岗位预算{low // 1000}-{high // 1000}K"
    )
    if exp.min_monthly_cny <= high:
        return MatchItem("salary", Status.MET, 1.0, weight, text + "，在预算内")
    over = (exp.min_monthly_cny - high) / high
    fraction = max(0.0, 1.0 - 2.0 * over)
    return MatchItem(
        "salary",
        Status.PARTIAL if fraction > 0 else Status.MISSING,
        fraction,
        weight,
        text + f"，高出预算{over:.0%}",
    )


def _disqualifiers(
    items: dict[str, MatchItem], resume: ParsedResume, req: Requirements
) -> list[str]:
    reasons: list[str] = []
    # Only a clearly stated shortfall disqualifies; an unknown never does.
    if req.hard_degree and (d := items.get("degree")) and d.status is Status.MISSING:
        reasons.append(f"学历不符合硬性要求：{d.detail}")
    years = resume.years_of_experience
    if (
        req.hard_years
        and req.min_years is not None
        and years is not None
        and years.value.years < req.min_years
    ):
        reasons.append(f"工作年限不符合硬性要求：{items['years'].detail}")
    if req.hard_skills and req.required_skills and "skills" in items:
        have = {_norm_skill(v.value) for v in resume.skills}
        lacking = [k for k in req.required_skills if _norm_skill(k) not in have]
        if lacking and have:
            reasons.append(f"缺少硬性要求的技能：{'、'.join(lacking)}")
    if req.hard_city and (c := items.get("city")) and c.status is Status.MISSING:
        reasons.append(f"工作城市不符合硬性要求：{c.detail}")
    return reasons


def match_resume(resume: ParsedResume, req: Requirements, *, resume_text: str = "") -> MatchResult:
    """Score a resume against requirements; unknown criteria lower confidence, not the score."""
    found = [
        _skills(resume, req),
        _degree(resume, req),
        _major(resume, req),
        _years(resume, req),
        _industry(resume, resume_text, req),
        _city(resume, req),
        _salary(resume, req),
    ]
    items = [i for i in found if i is not None]
    by_name = {i.criterion: i for i in items}
    known = [i for i in items if i.status is not Status.UNKNOWN]
    total_weight = sum(i.weight for i in items)
    known_weight = sum(i.weight for i in known)
    score: float | None = None
    if known_weight > 0:
        score = round(100.0 * sum(i.weight * i.fraction for i in known) / known_weight, 1)
    confidence = round(known_weight / total_weight, 2) if total_weight else 0.0
    reasons = _disqualifiers(by_name, resume, req)
    matched = tuple(
        f"{CRITERION_ZH[i.criterion]}：{i.detail}" for i in items if i.status is Status.MET
    )
    missing = tuple(
        f"{CRITERION_ZH[i.criterion]}：{i.detail}"
        for i in items
        if i.status in (Status.MISSING, Status.PARTIAL, Status.UNKNOWN)
    )
    return MatchResult(
        score=score,
        confidence=confidence,
        items=tuple(items),
        disqualified=bool(reasons),
        disqualify_reasons=tuple(reasons),
        matched=matched,
        missing=missing,
    )
