"""Outcomes: validity of interview scores against later performance, fairness by group,
drift over time and recalibration proposals (pure algorithms, nothing from workflows)."""

from analysis.outcomes.calibration import Effect, Proposal, Scored, effect, overall, propose
from analysis.outcomes.correlation import (
    MIN_N,
    Correlation,
    correct_range_restriction,
    correlate,
    explain_correlation,
)
from analysis.outcomes.drift import Drift, ShareShift, compare, share_shift
from analysis.outcomes.exact import fisher_exact
from analysis.outcomes.impact import (
    FOUR_FIFTHS,
    GroupRate,
    ImpactTable,
    Person,
    explain_row,
    fairness_tables,
    impact_from_counts,
    scoring_impact,
    selection_impact,
)

__all__ = [
    "FOUR_FIFTHS",
    "MIN_N",
    "Correlation",
    "Drift",
    "Effect",
    "GroupRate",
    "ImpactTable",
    "Person",
    "Proposal",
    "Scored",
    "ShareShift",
    "compare",
    "correct_range_restriction",
    "correlate",
    "effect",
    "explain_correlation",
    "explain_row",
    "fairness_tables",
    "fisher_exact",
    "impact_from_counts",
    "overall",
    "propose",
    "scoring_impact",
    "selection_impact",
    "share_shift",
]
