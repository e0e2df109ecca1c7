"""The seed questions and rubric as scoring specs: the fixtures answer scoring is calibrated on.

Keys, texts, dimension tags and BARS indicators here must stay stable: labelled answer files
(`dinghire eval scoring`) and the offline engine's training corpus refer to them by key.
"""

from __future__ import annotations

from analysis.scoring.types import DimensionSpec, LevelSpec, QuestionSpec
from workflows.seed.demo_data import DIMENSIONS, QUESTIONS


def seed_dimensions() -> list[DimensionSpec]:
    """Every seed dimension with its BARS levels (weight 1: eval scores answers, not jobs)."""
    return [
        DimensionSpec(
            code,
            str(spec["name"]),
            1.0,
            str(spec["description"]),
            tuple(
                LevelSpec(int(lv["level"]), str(lv["label"]), tuple(lv["indicators"]))
                for lv in spec["levels"]
            ),
        )
        for code, spec in DIMENSIONS.items()
    ]


def seed_questions() -> dict[str, QuestionSpec]:
    """The seed questions by key."""
    return {
        str(q["key"]): QuestionSpec(
            str(q["text"]),
            tuple(q["dims"]),
            tuple(q["exemplars"]),
            tuple(q["follow_ups"]),
            bool(q["follow_ups"]),
            int(q["answer"]),
        )
        for q in QUESTIONS
    }
