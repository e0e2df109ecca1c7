"""Parsing the invite command: job, candidates, and the optional deadline (Beijing time)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.handlers.invitations import parse_invite_args
from workflows.errors import ValidationFailedError


def test_job_candidates_and_date_only_deadline_at_end_of_day_beijing() -> None:
    job, refs, deadline = parse_invite_args("12 张伟，李娜 15 截止 2026-12-01")
    assert (job, refs) == ("12", ["张伟", "李娜", "15"])
    assert deadline == datetime(2026, 12, 1, 15, 59, tzinfo=UTC)


def test_deadline_with_time_anywhere_in_the_arguments() -> None:
    job, refs, deadline = parse_invite_args("#12 截止：2026年12月1日 18:30 全部已筛选")
    assert (job, refs) == ("#12", ["全部已筛选"])
    assert deadline == datetime(2026, 12, 1, 10, 30, tzinfo=UTC)


def test_no_deadline_means_default() -> None:
    assert parse_invite_args("12 全部已筛选") == ("12", ["全部已筛选"], None)
    assert parse_invite_args("") == ("", [], None)


@pytest.mark.parametrize("text", ["12 张伟 截止 明天", "12 张伟 截止 2026-02-30"])
def test_bad_deadline_is_refused_in_chinese(text: str) -> None:
    with pytest.raises(ValidationFailedError) as err:
        parse_invite_args(text)
    assert "截止时间" in err.value.user_message
