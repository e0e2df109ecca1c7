"""Recalibration proposal: evidence moves weight towards the valid dimension, thin evidence keeps
the current weights, the pass line keeps the share advanced, the effect lists who changes."""

from __future__ import annotations

from analysis.outcomes import effect, propose
from analysis.outcomes.synthetic import NULL_DIMENSION, VALID_DIMENSION, make_cohort


def test_proposal_moves_weight_to_the_valid_dimension() -> None:
    cohort = make_cohort(2000, seed=5)
    hires = [a for a in cohort.applicants if a.advanced]
    pool = cohort.scored()
    proposal = propose(
        cohort.weights,
        cohort.pass_line,
        [s for s in pool if s.key in {h.key for h in hires}],
        [h.performance for h in hires],
        pool,
    )
    assert proposal.n == len(hires) > 100
    assert proposal.proposed[VALID_DIMENSION] > proposal.current[VALID_DIMENSION]
    assert proposal.proposed[NULL_DIMENSION] < proposal.current[NULL_DIMENSION]
    assert abs(sum(proposal.proposed.values()) - 1.0) < 0.01
    assert 0 < proposal.evidence_share < 1 and "岭回归" in proposal.note
    change = effect(proposal, pool)
    before = len(change.advanced_both) + len(change.no_longer_advanced)
    after = len(change.advanced_both) + len(change.newly_advanced)
    assert change.newly_advanced and change.no_longer_advanced
    assert abs(after - before) <= 0.02 * len(pool)  # the same share advances
    assert "将不再通过" in change.explain()


def test_thin_evidence_keeps_the_current_weights() -> None:
    cohort = make_cohort(50, seed=5)
    hires = [a for a in cohort.applicants if a.advanced][:5]
    pool = cohort.scored()
    proposal = propose(
        cohort.weights,
        cohort.pass_line,
        [s for s in pool if s.key in {h.key for h in hires}],
        [h.performance for h in hires],
        pool,
    )
    assert proposal.proposed == proposal.current
    assert proposal.proposed_pass_line == proposal.current_pass_line
    assert "维持现有权重" in proposal.note
    assert not effect(proposal, pool).newly_advanced
