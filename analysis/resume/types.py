"""Parsed-resume dataclasses shared by field extraction and its callers."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")


class FieldSource(StrEnum):
    """Where a field value came from."""

    RULE = "rule"
    NER = "ner"
    DICTIONARY = "dictionary"
    SECTION = "section"  # listed in the resume's own skills / certificates section


@dataclass(frozen=True, slots=True)
class FieldValue(Generic[T]):
    """A value with a confidence in [0, 1] and the kind of evidence behind it."""

    value: T
    confidence: float
    source: FieldSource

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence out of range: {self.confidence}")


class EntityLike(Protocol):
    """What field extraction needs from a recognised entity (the NER's ``Entity`` fits)."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def confidence(self) -> float: ...


class Gender(StrEnum):
    """Gender as stated in the resume."""

    MALE = "male"
    FEMALE = "female"


class Degree(StrEnum):
    """Education level; ``rank`` orders them."""

    DOCTOR = "doctor"
    MASTER = "master"
    BACHELOR = "bachelor"
    ASSOCIATE = "associate"
    SECONDARY_VOCATIONAL = "secondary_vocational"
    HIGH_SCHOOL = "high_school"
    JUNIOR_HIGH = "junior_high"

    @property
    def rank(self) -> int:
        """Higher is more advanced."""
        return _DEGREE_RANK[self]

    @property
    def label_zh(self) -> str:
        """Chinese label for display."""
        return _DEGREE_LABEL[self]


_DEGREE_RANK = {
    Degree.DOCTOR: 7,
    Degree.MASTER: 6,
    Degree.BACHELOR: 5,
    Degree.ASSOCIATE: 4,
    Degree.SECONDARY_VOCATIONAL: 3,
    Degree.HIGH_SCHOOL: 3,
    Degree.JUNIOR_HIGH: 2,
}
_DEGREE_LABEL = {
    Degree.DOCTOR: "博士",
    Degree.MASTER: "硕士",
    Degree.BACHELOR: "本科",
    Degree.ASSOCIATE: "大专",
    Degree.SECONDARY_VOCATIONAL: "中专",
    Degree.HIGH_SCHOOL: "高中",
    Degree.JUNIOR_HIGH: "初中",
}


@dataclass(frozen=True, slots=True, order=True)
class YearMonth:
    """A calendar month; ``month`` is None when only the year is stated."""

    year: int
    month: int | None = None

    def months_index(self, default_month: int = 1) -> int:
        """Months since year 0, for arithmetic."""
        return self.year * 12 + (self.month or default_month) - 1


class ExperienceBasis(StrEnum):
    """How total years of experience were obtained."""

    STATED = "stated"
    WORK_DATES = "work_dates"


@dataclass(frozen=True, slots=True)
class ExperienceYears:
    """Total years of work experience and how we know it."""

    years: float
    basis: ExperienceBasis


@dataclass(frozen=True, slots=True)
class SalaryRange:
    """An expected salary normalised to CNY per month (yearly figures divided by 12)."""

    min_monthly_cny: int
    max_monthly_cny: int
    period: str  # "month" or "year": the period stated in the text
    months_per_year: int | None = None  # "15K·14薪" -> 14


@dataclass(frozen=True, slots=True)
class EducationEntry:
    """One school attended."""

    school: FieldValue[str] | None = None
    degree: FieldValue[Degree] | None = None
    major: FieldValue[str] | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    end_is_present: bool = False
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class WorkEntry:
    """One job held; ``end_is_present`` means 至今."""

    employer: FieldValue[str] | None = None
    title: FieldValue[str] | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    end_is_present: bool = False
    is_internship: bool = False
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class ParsedResume:
    """Fields extracted from one resume; a field is None or empty when the resume does not say."""

    parser_version: str
    name: FieldValue[str] | None = None
    phones: tuple[FieldValue[str], ...] = ()
    emails: tuple[FieldValue[str], ...] = ()
    gender: FieldValue[Gender] | None = None
    birth: FieldValue[YearMonth] | None = None
    age: FieldValue[int] | None = None
    education: tuple[EducationEntry, ...] = ()
    highest_degree: FieldValue[Degree] | None = None
    work_history: tuple[WorkEntry, ...] = ()
    years_of_experience: FieldValue[ExperienceYears] | None = None
    skills: tuple[FieldValue[str], ...] = ()
    certificates: tuple[FieldValue[str], ...] = ()
    expected_position: FieldValue[str] | None = None
    expected_salary: FieldValue[SalaryRange] | None = None
    expected_cities: tuple[FieldValue[str], ...] = field(default=())
    current_city: FieldValue[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (enums stay str subclasses) for JSON storage."""
        return dataclasses.asdict(self)
