"""The committed offline weights must match the features the code computes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.scoring.offline.features import FEATURES
from analysis.scoring.offline.model import WEIGHTS_FILE, WeightsMismatchError, load_model


def test_committed_weights_fit_the_features() -> None:
    model = load_model(WEIGHTS_FILE)  # raises with the retrain command when out of date
    assert model.features == FEATURES
    assert len(model.gate) == len(model.genuine) == len(model.weak) == len(FEATURES) + 1


def test_weights_for_other_features_ask_for_retraining(tmp_path: Path) -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["features"] = [*data["features"][:-1], "answer_length"]
    stale = tmp_path / "weights.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WeightsMismatchError, match=r"python -m dinghire\.train_scoring"):
        load_model(stale)
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["gate"] = data["gate"][:-2]
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WeightsMismatchError, match="wrong number of weights"):
        load_model(stale)
