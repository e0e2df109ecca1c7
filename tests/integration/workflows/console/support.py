"""Builders for the console tests: the three kinds of viewer and a department."""

from __future__ import annotations

from workflows.console.access import ConsoleViewer, console_viewer
from workflows.staff.models import Department, Staff


async def member(user_id: str, name: str, roles: list[str]) -> Staff:
    """An active staff member with these roles."""
    return await Staff.create(dingtalk_user_id=user_id, name=name, roles=roles)


async def hr() -> ConsoleViewer:
    """An HR viewer (configures everything)."""
    return console_viewer(await member("hr_console", "王芳", ["hr"]))


async def department(name: str = "技术研发部", dept_id: int = 101) -> Department:
    """A DingTalk department."""
    return await Department.create(dingtalk_dept_id=dept_id, name=name)
