"""The layers point one way and no module imports itself round a circle (tests/import_graph.py)."""

from __future__ import annotations

from pathlib import Path

from tests.import_graph import cycles, graph, upward_imports

# Known debts (issue 14), removed as they are paid: a new entry fails, and so does a paid one
# still listed, so the lists only shrink.
KNOWN_CYCLES: list[list[str]] = []
KNOWN_UPWARD: set[tuple[str, str]] = set()


def test_no_new_import_cycle_between_project_modules() -> None:
    found = cycles(graph())
    assert [c for c in found if c not in KNOWN_CYCLES] == []
    assert [c for c in KNOWN_CYCLES if c not in found] == [], "paid debt: drop it from the list"


def test_analysis_and_integrations_import_nothing_above_them() -> None:
    wrong = set(upward_imports(graph()))
    assert sorted(wrong - KNOWN_UPWARD) == []
    assert sorted(KNOWN_UPWARD - wrong) == [], "paid debt: drop it from the list"


def test_the_checker_sees_a_cycle_a_lazy_import_and_an_upward_import(tmp_path: Path) -> None:
    for package in ("workflows", "analysis"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "workflows" / "a.py").write_text("from workflows import b\n")
    (tmp_path / "workflows" / "b.py").write_text("def f() -> None:\n    from . import a\n")
    (tmp_path / "analysis" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import workflows.a\n"
        "import workflows.b\n"
    )
    edges = graph(tmp_path)
    assert cycles(edges) == [["workflows.a", "workflows.b"]]
    assert upward_imports(edges) == [("analysis.c", "workflows.b")]
