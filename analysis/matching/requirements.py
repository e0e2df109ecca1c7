"""The requirements a competency model states about resumes, parsed from its JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.resume.types import Degree

_DEGREE_BY_ZH: dict[str, Degree] = {
    "博士": Degree.DOCTOR,
    "硕士": Degree.MASTER,
    "研究生": Degree.MASTER,
    "本科": Degree.BACHELOR,
    "学士": Degree.BACHELOR,
    "大专": Degree.ASSOCIATE,
    "专科": Degree.ASSOCIATE,
    "中专": Degree.SECONDARY_VOCATIONAL,
    "高中": Degree.HIGH_SCHOOL,
    "初中": Degree.JUNIOR_HIGH,
}


class RequirementsError(ValueError):
    """The competency model's requirements JSON is malformed."""


@dataclass(frozen=True, slots=True)
class Requirements:
    """What a job asks of a resume; `hard_*` requirements disqualify when clearly unmet."""

    required_skills: tuple[str, ...] = ()
    preferred_skills: tuple[str, ...] = ()
    hard_skills: bool = False
    min_degree: Degree | None = None
    hard_degree: bool = False
    majors: tuple[str, ...] = ()
    min_years: float | None = None
    max_years: float | None = None
    hard_years: bool = False
    industries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    hard_city: bool = False
    salary_month: tuple[int, int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def degree_from_text(text: str) -> Degree:
    """本科 -> Degree.BACHELOR; also accepts the enum value itself."""
    text = text.strip()
    if text in _DEGREE_BY_ZH:
        return _DEGREE_BY_ZH[text]
    try:
        return Degree(text)
    except ValueError as exc:
        raise RequirementsError(f"unknown degree {text!r}") from exc


def _strs(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v for v in value if v.strip())
    raise RequirementsError(f"{name} must be a list of strings")


def parse_requirements(data: dict[str, Any]) -> Requirements:
    """Build Requirements from the competency model's `requirements` JSON."""
    skills = data.get("skills") or {}
    if isinstance(skills, list):
        skills = {"required": skills}
    degree = data.get("degree") or {}
    if isinstance(degree, str):
        degree = {"min": degree}
    years = data.get("years") or {}
    if isinstance(years, int | float):
        years = {"min": years}
    city = data.get("city")
    salary = data.get("salary_month")
    salary_range: tuple[int, int] | None = None
    if salary is not None:
        if not (isinstance(salary, list) and len(salary) == 2):
            raise RequirementsError("salary_month must be [min, max]")
        salary_range = (int(salary[0]), int(salary[1]))
    return Requirements(
        required_skills=_strs(skills.get("required"), "skills.required"),
        preferred_skills=_strs(skills.get("preferred"), "skills.preferred"),
        hard_skills=bool(skills.get("hard", False)),
        min_degree=degree_from_text(degree["min"]) if degree.get("min") else None,
        hard_degree=bool(degree.get("hard", False)),
        majors=_strs(data.get("majors"), "majors"),
        min_years=float(years["min"]) if years.get("min") is not None else None,
        max_years=float(years["max"]) if years.get("max") is not None else None,
        hard_years=bool(years.get("hard", False)),
        industries=_strs(data.get("industry"), "industry"),
        cities=_strs(city if not isinstance(city, dict) else city.get("any"), "city"),
        hard_city=bool(city.get("hard", False)) if isinstance(city, dict) else False,
        salary_month=salary_range,
    )
