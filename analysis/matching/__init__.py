"""Matching a parsed resume against a job's competency-model requirements."""

from analysis.matching.engine import MatchItem, MatchResult, match_resume
from analysis.matching.requirements import Requirements, parse_requirements

__all__ = ["MatchItem", "MatchResult", "Requirements", "match_resume", "parse_requirements"]
