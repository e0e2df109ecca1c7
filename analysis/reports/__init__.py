"""Application reports aggregated from answer scores (pure logic, no ORM)."""

from analysis.reports.aggregate import AnswerInput, ReportDraft, aggregate
from analysis.reports.probes import FLAG_LABELS, probe_questions

__all__ = ["FLAG_LABELS", "AnswerInput", "ReportDraft", "aggregate", "probe_questions"]
