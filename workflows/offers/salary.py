"""The salary suggestion of an offer: level, place in the band, expectation, raise, equity.

Pure functions, no I/O. How a suggestion is made, in order (each step that changes the
number adds a Chinese reason):
1. Combined score = interview score x `interview_weight` + match score x the rest (either one
   alone when the other is missing).
2. Level from the combined score: below `junior_below` 初级; from `junior_below` up to and
   including `senior_above` 中级; above `senior_above` 高级 (defaults 70 / 85: 70 is 中级,
   85 is 中级, 85.1 is 高级). A level missing from the band falls back to the nearest one.
3. Base: the position of the score inside the level's score range, applied to the band
   (初级 scores 50..70, 中级 70..85, 高级 85..100; outside the range clamps to min / max).
4. Stated expectation (min..max per month): the figure moves half-way toward the nearest end of
   the expectation when it lies outside it.
5. Current salary: the figure is kept within current x (1 + raise_min) .. current x
   (1 + raise_max) (the usual 10-20% raise).
6. Never outside the band: clamped to [band min, band max].
7. Internal equity: not above the lowest approved peer salary of the same job and level whose
   score is higher.
Amounts are rounded to 100 yuan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from workflows.errors import ValidationFailedError

LEVELS: tuple[str, ...] = ("初级", "中级", "高级")
ROUND_TO = 100
# Score ranges mapped onto a band: the lowest junior score that still earns more than the minimum.
JUNIOR_FLOOR = 50.0
NEGOTIATION_PCT = 5.0


class NoSalaryBandError(ValidationFailedError):
    """Neither the job nor the settings define a salary band."""

    code = "no_salary_band"


class MissingScoreError(ValidationFailedError):
    """No interview score and no match score: nothing to place the candidate with."""

    code = "missing_score"


@dataclass(frozen=True, slots=True)
class SalaryBand:
    """Monthly CNY band of one level."""

    level: str
    minimum: int
    maximum: int


@dataclass(frozen=True, slots=True)
class Peer:
    """An approved offer of the same job: its level, combined score and monthly salary."""

    level: str
    score: float
    salary: int


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Score thresholds between levels and the raise rule."""

    junior_below: float = 70.0
    senior_above: float = 85.0
    interview_weight: float = 0.7
    raise_min_pct: float = 10.0
    raise_max_pct: float = 20.0


@dataclass(frozen=True, slots=True)
class SalarySuggestion:
    """The suggested level, band, monthly salary and negotiation range, with reasons."""

    level: str
    band: tuple[int, int]
    suggested: int
    range: tuple[int, int]
    score: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form stored on the offer."""
        data = asdict(self)
        data["band"] = list(self.band)
        data["range"] = list(self.range)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SalarySuggestion:
        """Back from `to_dict`."""
        band = data.get("band") or [0, 0]
        rng = data.get("range") or band
        return cls(
            level=str(data.get("level", "")),
            band=(int(band[0]), int(band[1])),
            suggested=int(data.get("suggested", 0)),
            range=(int(rng[0]), int(rng[1])),
            score=float(data.get("score", 0.0)),
            reasons=[str(r) for r in data.get("reasons", [])],
        )


def bands_from(
    job_band: Mapping[str, Sequence[int]] | None,
    default: Mapping[str, Sequence[int]] | None,
    *,
    job_title: str = "",
) -> dict[str, SalaryBand]:
    """The job's bands, else the configured default; raises NoSalaryBandError when neither."""
    source = job_band or default or {}
    bands: dict[str, SalaryBand] = {}
    for level, pair in source.items():
        if len(pair) != 2 or not 0 < int(pair[0]) <= int(pair[1]):
            raise ValidationFailedError(
                f"bad salary band {level}: {pair!r}",
                user_message=f"薪资带「{level}」配置有误：应为 [最低, 最高] 月薪，且最低不高于最高",
            )
        bands[level] = SalaryBand(level, int(pair[0]), int(pair[1]))
    if not bands:
        name = f"「{job_title}」" if job_title else ""
        raise NoSalaryBandError(
            "no salary band configured",
            user_message=(
                f"岗位{name}未配置薪资带，无法给出薪资建议。请为岗位设置薪资带（初级/中级/高级），"
                "或配置默认薪资带 DINGHIRE_OFFERS_SALARY_BANDS"
            ),
        )
    return bands


def combined_score(
    interview: float | None, match: float | None, weight: float
) -> tuple[float, str]:
    """The score the level is chosen from, and how it was made (in Chinese)."""
    if interview is not None and match is not None:
        score = interview * weight + match * (1 - weight)
        how = (
            f"综合得分 {score:.1f}（面试 {interview:.1f} × {weight:.0%} + "
            f"简历匹配 {match:.1f} × {1 - weight:.0%}）"
        )
        return score, how
    if interview is not None:
        return interview, f"综合得分 {interview:.1f}（仅面试得分，缺少简历匹配分）"
    if match is not None:
        return match, f"综合得分 {match:.1f}（仅简历匹配分，缺少面试得分）"
    raise MissingScoreError(
        "no score", user_message="该候选人还没有面试得分或简历匹配分，无法给出薪资建议"
    )


def level_for(score: float, t: Thresholds) -> str:
    """初级 below `junior_below`, 中级 up to and including `senior_above`, 高级 above."""
    if score < t.junior_below:
        return "初级"
    if score <= t.senior_above:
        return "中级"
    return "高级"


def _score_range(level: str, t: Thresholds) -> tuple[float, float]:
    if level == "初级":
        return min(JUNIOR_FLOOR, t.junior_below), t.junior_below
    if level == "中级":
        return t.junior_below, t.senior_above
    return t.senior_above, 100.0


def _round(amount: float) -> int:
    return int(round(amount / ROUND_TO) * ROUND_TO)


def _nearest_level(wanted: str, bands: Mapping[str, SalaryBand]) -> str:
    if wanted in bands:
        return wanted
    known = [lv for lv in LEVELS if lv in bands]
    if not known:
        # Custom level names: use the one whose band is in the middle.
        ordered = sorted(bands.values(), key=lambda b: (b.minimum, b.maximum))
        return ordered[len(ordered) // 2].level
    rank = LEVELS.index(wanted)
    return min(known, key=lambda lv: (abs(LEVELS.index(lv) - rank), LEVELS.index(lv)))


def _yuan(amount: int) -> str:
    return f"{amount:,} 元"


def suggest_salary(
    bands: Mapping[str, SalaryBand],
    *,
    interview_score: float | None,
    match_score: float | None,
    expected_salary: tuple[int, int] | None = None,
    current_salary: int | None = None,
    peers: Sequence[Peer] = (),
    thresholds: Thresholds | None = None,
) -> SalarySuggestion:
    """Level, band, monthly salary and range for one candidate, each step explained."""
    t = thresholds or Thresholds()
    if not bands:
        bands_from(None, None)  # raises NoSalaryBandError with the explanation
    score, how = combined_score(interview_score, match_score, t.interview_weight)
    reasons = [how]
    wanted = level_for(score, t)
    level = _nearest_level(wanted, bands)
    band = bands[level]
    lo_s, hi_s = _score_range(wanted, t)
    reasons.append(
        f"按得分定级为「{wanted}」（低于 {t.junior_below:g} 为初级，{t.junior_below:g}–"
        f"{t.senior_above:g} 为中级，高于 {t.senior_above:g} 为高级）"
    )
    if level != wanted:
        reasons.append(f"该岗位未设置「{wanted}」薪资带，按最接近的「{level}」给出")
        lo_s, hi_s = _score_range(level, t) if level in LEVELS else (0.0, 100.0)
    width = hi_s - lo_s
    position = 0.5 if width <= 0 else min(1.0, max(0.0, (score - lo_s) / width))
    amount = float(_round(band.minimum + position * (band.maximum - band.minimum)))
    reasons.append(
        f"「{level}」薪资带 {_yuan(band.minimum)}–{_yuan(band.maximum)}，得分位于该级约 "
        f"{position:.0%} 处，基准月薪 {_yuan(int(amount))}"
    )

    if expected_salary is not None:
        exp_lo, exp_hi = sorted((int(expected_salary[0]), int(expected_salary[1])))
        if amount < exp_lo or amount > exp_hi:
            target = exp_lo if amount < exp_lo else exp_hi
            moved = _round((amount + target) / 2)
            direction = "上调" if moved > amount else "下调"
            reasons.append(
                f"候选人期望月薪 {_yuan(exp_lo)}–{_yuan(exp_hi)}，向期望{direction}至 "
                f"{_yuan(moved)}"
            )
            amount = float(moved)
        else:
            reasons.append(f"基准月薪在候选人期望 {_yuan(exp_lo)}–{_yuan(exp_hi)} 范围内")

    if current_salary is not None and current_salary > 0:
        floor = _round(current_salary * (1 + t.raise_min_pct / 100))
        ceiling = _round(current_salary * (1 + t.raise_max_pct / 100))
        rule = f"当前月薪 {_yuan(current_salary)}，按涨幅 {t.raise_min_pct:g}%–{t.raise_max_pct:g}%"
        if amount < floor:
            reasons.append(f"{rule}，上调至 {_yuan(floor)}")
            amount = float(floor)
        elif amount > ceiling:
            reasons.append(f"{rule}，下调至 {_yuan(ceiling)}")
            amount = float(ceiling)
        else:
            reasons.append(f"{rule}，建议值在合理涨幅内")

    if amount > band.maximum:
        reasons.append(
            f"高于「{level}」薪资带上限，按上限 {_yuan(band.maximum)} 给出"
            "（如需突破请走特批或重新定级）"
        )
        amount = float(band.maximum)
    elif amount < band.minimum:
        reasons.append(f"低于「{level}」薪资带下限，按下限 {_yuan(band.minimum)} 给出")
        amount = float(band.minimum)

    cap: int | None = None
    better = [p for p in peers if p.level == level and p.score > score]
    if better:
        top = min(better, key=lambda p: (p.salary, -p.score))
        if amount > top.salary:
            cap = max(band.minimum, top.salary)
            reasons.append(
                f"内部公平：同岗位同级别已录用、得分更高（{top.score:.1f}）的人员月薪为 "
                f"{_yuan(top.salary)}，建议不高于此数，调整为 {_yuan(cap)}"
            )
            amount = float(cap)
        else:
            cap = top.salary

    suggested = int(amount)
    spread = suggested * NEGOTIATION_PCT / 100
    high_limit = band.maximum if cap is None else min(band.maximum, max(cap, suggested))
    low = max(band.minimum, _round(suggested - spread))
    high = min(high_limit, _round(suggested + spread))
    low, high = min(low, suggested), max(high, suggested)
    reasons.append(f"建议月薪 {_yuan(suggested)}，可谈范围 {_yuan(low)}–{_yuan(high)}")
    return SalarySuggestion(
        level=level,
        band=(band.minimum, band.maximum),
        suggested=suggested,
        range=(low, high),
        score=round(score, 2),
        reasons=reasons,
    )
