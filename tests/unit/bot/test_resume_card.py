"""The resume card HR gets shows what outsiders wrote (resume lines, their nickname) as text."""

from __future__ import annotations

from bot.cards import resume_card_data
from bot.resume_delivery import hr_summary
from workflows.candidates.intake import IntakeOutcome

PHISH = "[钉钉安全中心](http://evil.example/login)"


def _outcome() -> IntakeOutcome:
    return IntakeOutcome(
        status="created",
        candidate_id=7,
        resume_id=9,
        duplicate_by=None,
        display_name=f"张伟{PHISH}",
        masked_phone="138****5678",
        matches=(),
        summary={"history": [f"2020-至今 某公司 {PHISH}", "![](http://evil.example/p.png)"]},
    )


def test_resume_lines_and_the_senders_nickname_cannot_become_links_on_the_card() -> None:
    data = resume_card_data(_outcome(), sender_nick=f"HR小助手 {PHISH}")
    for field in ("history_md", "source"):
        assert "](" not in data[field] and "http://" not in data[field], field
    assert "钉钉安全中心" in data["history_md"] and "钉钉安全中心" in data["source"]


def test_the_hr_summary_shows_the_name_and_file_name_as_text() -> None:
    text = hr_summary(_outcome(), f"简历{PHISH}.pdf").text
    assert "](" not in text and "http://" not in text
