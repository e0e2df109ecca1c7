"""Train the offline engine's weights from the labelled corpus and write weights.json.

`python -m dinghire.scoring_corpus.train` reads corpus/train.jsonl (and corpus/questions.jsonl
for the corpus's own questions), measures every answer exactly as the engine does, fits the
gate (logistic, Newton steps) and the two ridge level models in closed form, prints the
leave-one-question-out figures and writes weights.json. Deterministic: same corpus, same file.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from analysis.scoring.convert import text_transcript
from analysis.scoring.evaluate import spearman
from analysis.scoring.offline.embed import Embedder
from analysis.scoring.offline.features import FEATURES
from analysis.scoring.offline.model import WEIGHTS_FILE, LevelModel
from analysis.scoring.offline.scorer import measure
from analysis.scoring.types import DimensionSpec, QuestionSpec
from dinghire.scoring_corpus import CORPUS

VERSION = "offline-2"
RIDGE = 10.0
GENUINE_RANGE = (2.5, 5.5)
WEAK_RANGE = (0.5, 2.5)


def corpus_specs() -> tuple[dict[str, QuestionSpec], list[DimensionSpec]]:
    """The seed questions and rubric plus the corpus's own questions."""
    # The seed bank is the calibration fixture; it is plain data (no ORM).
    from workflows.seed.specs import seed_dimensions, seed_questions

    questions = seed_questions()
    for line in (CORPUS / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        questions[q["key"]] = QuestionSpec(
            q["text"], tuple(q["dims"]), tuple(q["exemplars"]), (), False, int(q["answer"])
        )
    return questions, seed_dimensions()


def feature_matrix(
    rows: Sequence[dict[str, object]],
    questions: dict[str, QuestionSpec],
    dims: list[DimensionSpec],
) -> np.ndarray:
    """One row of FEATURES per answer, measured as the engine measures."""
    embedder = Embedder()
    out = []
    for row in rows:
        m = measure(text_transcript(str(row["text"])), questions[str(row["q"])], dims, embedder)
        out.append([m.features[name] for name in FEATURES])
    return np.asarray(out, dtype=float)


def _design(z: np.ndarray) -> np.ndarray:
    a: np.ndarray = np.c_[z, np.ones(len(z))]
    return a


def _ridge(a: np.ndarray, y: np.ndarray) -> np.ndarray:
    reg = RIDGE * np.eye(a.shape[1])
    reg[-1, -1] = 0.0  # the intercept is not shrunk
    w: np.ndarray = np.linalg.solve(a.T @ a + reg, a.T @ y)
    return w


def _logistic(a: np.ndarray, y: np.ndarray, steps: int = 50) -> np.ndarray:
    w = np.zeros(a.shape[1])
    reg = RIDGE * np.eye(a.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        hess = a.T @ (a * (p * (1 - p))[:, None]) + reg
        w -= np.linalg.solve(hess, a.T @ (p - y) + reg @ w)
    return w


def fit(x: np.ndarray, labels: np.ndarray, genuine: np.ndarray) -> LevelModel:
    """Fit standardisation, gate and level models."""
    mean = x.mean(axis=0)
    std = x.std(axis=0) + 1e-9
    a = _design((x - mean) / std)
    g = genuine.astype(bool)

    def tup(v: np.ndarray) -> tuple[float, ...]:
        return tuple(round(float(t), 6) for t in v)

    return LevelModel(
        version=VERSION,
        features=FEATURES,
        mean=tup(mean),
        std=tup(std),
        gate=tup(_logistic(a, g.astype(float))),
        genuine=tup(_ridge(a[g], labels[g])),
        weak=tup(_ridge(a[~g], labels[~g])),
        genuine_range=GENUINE_RANGE,
        weak_range=WEAK_RANGE,
    )


def predict(model: LevelModel, x: np.ndarray) -> list[float]:
    """Levels for feature rows (as the engine computes them, before the bad-practice cap)."""
    return [model.level(dict(zip(FEATURES, row, strict=True)))[0] for row in x]


def main() -> None:
    """Measure the corpus, report leave-one-question-out figures, write weights.json."""
    questions, dims = corpus_specs()
    path = CORPUS / "train.jsonl"
    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    x = feature_matrix(rows, questions, dims)
    labels = np.asarray([r["label"] for r in rows], dtype=float)
    genuine = np.asarray([str(r["kind"]).startswith("genuine") for r in rows])
    held_out = np.zeros(len(rows))
    for key in sorted({r["q"] for r in rows}):
        test = np.asarray([r["q"] == key for r in rows])
        model = fit(x[~test], labels[~test], genuine[~test])
        held_out[test] = predict(model, x[test])
    print(
        f"{len(rows)} answers, {len({r['q'] for r in rows})} questions, corpus sha256 "
        f"{hashlib.sha256(raw).hexdigest()[:16]}"
    )
    print(f"leave-one-question-out Spearman rho {spearman(list(held_out), list(labels)):.3f}")
    by_kind: dict[str, list[float]] = defaultdict(list)
    for r, v in zip(rows, held_out, strict=True):
        by_kind[str(r["kind"])].append(float(v))
    print(
        "mean level by kind: "
        + ", ".join(f"{k} {sum(v) / len(v):.2f}" for k, v in sorted(by_kind.items()))
    )
    model = fit(x, labels, genuine)
    WEIGHTS_FILE.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
