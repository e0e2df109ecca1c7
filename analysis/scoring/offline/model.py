"""The offline engine's learned weights: a gate and two linear level models over FEATURES.

level = p * genuine(x) + (1 - p) * weak(x), where p = P(the answer genuinely answers with
behaviour) from a logistic gate, genuine() is a ridge fit of levels 3-5 on genuine answers and
weak() of levels 1-2 on vague, rambling, stuffed, off-topic and wrong ones. Features are
standardised with the training means and deviations stored beside the weights. Everything is
plain arithmetic on fixed numbers, so the same features always give the same level.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.scoring.offline.features import FEATURES

WEIGHTS_FILE = Path(__file__).resolve().parent / "weights.json"
RETRAIN = "run `python -m dinghire.train_scoring` to retrain the offline scoring engine"


class WeightsMismatchError(RuntimeError):
    """The committed weights were trained on other features than the code computes."""


@dataclass(frozen=True, slots=True)
class LevelModel:
    """Standardisation, gate and the two level models."""

    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    gate: tuple[float, ...]  # logistic coefficients, intercept last
    genuine: tuple[float, ...]  # ridge coefficients, intercept last
    weak: tuple[float, ...]
    genuine_range: tuple[float, float]
    weak_range: tuple[float, float]

    def gate_probability(self, z: Sequence[float]) -> float:
        """P(genuine answer) for standardised features."""
        return 1.0 / (1.0 + math.exp(-_dot(self.gate, z)))

    def standardise(self, values: Mapping[str, float]) -> list[float]:
        """The feature vector in training units."""
        return [
            (values[name] - m) / s
            for name, m, s in zip(self.features, self.mean, self.std, strict=True)
        ]

    def level(self, values: Mapping[str, float]) -> tuple[float, float]:
        """(level 1..5, gate probability) for one answer's features."""
        z = self.standardise(values)
        p = self.gate_probability(z)
        good = _clip(_dot(self.genuine, z), self.genuine_range)
        weak = _clip(_dot(self.weak, z), self.weak_range)
        return max(1.0, min(5.0, p * good + (1.0 - p) * weak)), p

    def to_json(self) -> dict[str, Any]:
        """The weights file's content."""
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": list(self.mean),
            "std": list(self.std),
            "gate": list(self.gate),
            "genuine": list(self.genuine),
            "weak": list(self.weak),
            "genuine_range": list(self.genuine_range),
            "weak_range": list(self.weak_range),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LevelModel:
        """Inverse of to_json."""

        def floats(key: str) -> tuple[float, ...]:
            return tuple(float(v) for v in data[key])

        g_lo, g_hi = floats("genuine_range")
        w_lo, w_hi = floats("weak_range")
        return cls(
            version=str(data["version"]),
            features=tuple(str(f) for f in data["features"]),
            mean=floats("mean"),
            std=floats("std"),
            gate=floats("gate"),
            genuine=floats("genuine"),
            weak=floats("weak"),
            genuine_range=(g_lo, g_hi),
            weak_range=(w_lo, w_hi),
        )


def _dot(coef: Sequence[float], z: Sequence[float]) -> float:
    return sum(c * v for c, v in zip(coef[:-1], z, strict=True)) + coef[-1]


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_FILE) -> LevelModel:
    """The committed weights; WeightsMismatchError when they do not fit the code's features."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = LevelModel.from_json(data)
    except (OSError, ValueError, KeyError) as exc:
        raise WeightsMismatchError(f"cannot read {path} ({exc}); {RETRAIN}") from exc
    if model.features != FEATURES:
        raise WeightsMismatchError(f"{path.name} was trained on other features; {RETRAIN}")
    widths = {
        len(model.mean),
        len(model.std),
        *(len(c) - 1 for c in (model.gate, model.genuine, model.weak)),
    }
    if widths != {len(FEATURES)}:
        raise WeightsMismatchError(f"{path.name} has the wrong number of weights; {RETRAIN}")
    return model
