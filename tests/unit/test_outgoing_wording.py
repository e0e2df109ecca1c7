"""What is said to people is worded in bot/presenters/, not by use cases in workflows/.

Use cases build typed messages (`<domain>/messages.py`) and have `Services.present` word them.
A module of `workflows/` that builds a DingTalk message body itself (`Markdown(...)`,
`ActionCard(...)`, `Text(...)`) is debt, listed here until it is paid: a new one fails, and so
does a paid one still listed, so the list only shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "workflows"
WORDED = {"Markdown", "ActionCard", "Text"}
# Known debts: modules still wording a message beside their use case. None left (issue 14).
KNOWN: set[str] = set()


def _wording_modules() -> set[str]:
    found = set()
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in WORDED
            ):
                found.add(path.relative_to(ROOT).as_posix())
    return found


def test_no_new_use_case_words_a_message_itself() -> None:
    found = _wording_modules()
    assert sorted(found - KNOWN) == [], "build a typed message and word it in bot/presenters/"
    assert sorted(KNOWN - found) == [], "paid debt: drop it from the list"


def test_no_texts_module_is_left_in_workflows() -> None:
    texts = [p for p in ROOT.rglob("*.py") if p.stem == "texts" or p.stem.endswith("_texts")]
    assert texts == []
