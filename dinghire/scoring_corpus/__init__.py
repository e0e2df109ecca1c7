"""Developer tools for the offline scoring engine's training corpus: compose it, train on it.

They live here, not in analysis/, because they read the seed questions and rubrics from
workflows.seed; the corpus files and the trained weights stay in analysis.scoring.offline.
"""

from __future__ import annotations

from pathlib import Path

import analysis.scoring.offline.corpus as _corpus

CORPUS = Path(_corpus.__file__).resolve().parent
