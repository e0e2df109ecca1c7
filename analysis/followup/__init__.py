"""AI follow-up questions (AI追问) generated from an answer's transcript."""

from analysis.followup.generator import FollowUp, suggest_follow_up

__all__ = ["FollowUp", "suggest_follow_up"]
