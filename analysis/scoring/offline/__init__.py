"""The offline answer-scoring engine (embedded default; no model server)."""

from analysis.scoring.offline.scorer import ENGINE, OfflineScorer

__all__ = ["ENGINE", "OfflineScorer"]
