"""Offers: salary bands, the level thresholds of the suggestion, the OA approval, polling."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from settings.base import Section, section_config


class OffersSettings(Section):
    """How offer suggestions are computed and how the DingTalk OA approval runs."""

    model_config = section_config("offers")

    # Monthly CNY by level, used for jobs without their own band, e.g.
    # DINGHIRE_OFFERS_SALARY_BANDS='{"初级": [8000, 12000], "中级": [12000, 18000]}'.
    # Empty on purpose: a made-up default band would put a wrong number in front of approvers.
    salary_bands: dict[str, list[int]] = Field(default_factory=dict)
    # Combined score below `junior_below` is 初级; up to and including `senior_above` 中级;
    # above it 高级.
    junior_below: float = 70.0
    senior_above: float = 85.0
    # Weight of the interview score in the combined score (the rest is the resume match).
    interview_weight: float = 0.7
    # The usual raise over the current salary, in percent.
    raise_min_pct: float = 10.0
    raise_max_pct: float = 20.0
    # How a default-chain step with several people (e.g. two HR heads) completes:
    # OR = 或签 (any one), AND = 会签 (everyone).
    approver_mode: Literal["AND", "OR"] = "OR"
    # How often open approvals are read back in case an event was lost (embedded ticker).
    poll_interval_s: float = 300.0
    # Remind approvers of an approval still open after this many hours (once a day; 0: never).
    remind_after_h: float = 24.0
    # Also send the training suggestions to the new hire after entry.
    notify_new_hire_training: bool = False
    # Names of the 智能人事 花名册 fields that receive the interview summary, e.g.
    # {"score": "面试评分", "summary": "面试总结", "report": "面试报告", "training": "培训计划"};
    # DingTalk assigns custom field codes, so the adapter finds them by name in the roster
    # metadata. Empty: the onboarding defaults (the names above).
    archive_field_names: dict[str, str] = Field(default_factory=dict)
    # Onboarding materials a new hire must upload (id_card, diploma, degree, bank_card, medical,
    # other); empty: the onboarding defaults.
    required_materials: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> OffersSettings:
        if not 0 < self.junior_below <= self.senior_above <= 100:
            raise ValueError("need 0 < junior_below <= senior_above <= 100")
        if not 0 <= self.raise_min_pct <= self.raise_max_pct:
            raise ValueError("need 0 <= raise_min_pct <= raise_max_pct")
        if not 0 <= self.interview_weight <= 1:
            raise ValueError("interview_weight must be between 0 and 1")
        for level, band in self.salary_bands.items():
            if len(band) != 2 or not 0 < band[0] <= band[1]:
                raise ValueError(f"salary band {level!r} must be [min, max] with 0 < min <= max")
        return self
