"""Interview question compliance: topics Chinese employment rules forbid asking candidates."""

from analysis.compliance.questions import (
    ComplianceIssue,
    check_question,
    check_texts,
    refusal_message,
)

__all__ = ["ComplianceIssue", "check_question", "check_texts", "refusal_message"]
