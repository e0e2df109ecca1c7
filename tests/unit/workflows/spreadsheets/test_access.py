"""The contact-data rule of exports: the job's owner HR, the HR head and admins see it in full."""

from __future__ import annotations

import pytest

from workflows.actors import Actor
from workflows.spreadsheets.access import mask_email, may_see_contact

OWNER = "hr_wangfang"


@pytest.mark.parametrize(
    ("viewer", "roles", "expected"),
    [
        (Actor.staff(OWNER), ["hr"], True),  # the job's own HR
        (Actor.staff("hr_other"), ["hr"], False),  # another HR: masked
        (Actor.staff("hr_lijing"), ["hr", "hr_head"], True),  # HR head sees every job
        (Actor.staff("it_admin"), ["admin"], True),
        (Actor.staff("mgr_chengang"), ["manager"], False),  # hiring manager: masked
        (Actor.staff("someone"), [], False),
        (Actor.system("export"), ["admin"], False),  # only people, never a system actor
        (Actor.candidate(7), [], False),
    ],
)
def test_who_sees_full_contact_data(viewer: Actor, roles: list[str], expected: bool) -> None:
    assert may_see_contact(viewer, roles, OWNER) is expected


def test_a_job_without_owner_shows_contact_only_to_hr_head_and_admin() -> None:
    assert may_see_contact(Actor.staff(""), ["hr"], None) is False
    assert may_see_contact(Actor.staff("hr_wangfang"), ["hr"], None) is False
    assert may_see_contact(Actor.staff("hr_lijing"), ["hr_head"], None) is True


def test_email_masking_keeps_only_first_letter_and_domain() -> None:
    assert mask_email("zhangwei@example.com") == "z***@example.com"
    assert mask_email("") == ""
    assert mask_email("broken") == "***"
