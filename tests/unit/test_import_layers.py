"""The layers point one way and no module imports itself round a circle (tests/import_graph.py)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.import_graph import WORKFLOW_LAYERS, cycles, graph, upward_imports, workflow_layer

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


def test_inside_workflows_a_lower_layer_never_imports_a_higher_one(tmp_path: Path) -> None:
    (tmp_path / "workflows" / "offers").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "offers/__init__.py": "",
        "offers/models.py": "from workflows.offers import service\n",
        "offers/service.py": "from workflows.offers.jobs import send_job\n",
        "offers/jobs.py": "from workflows.offers import models, service\n",
    }
    for name, text in files.items():
        (tmp_path / "workflows" / name).write_text(text)
    assert upward_imports(graph(tmp_path)) == [
        ("workflows.offers.models", "workflows.offers.service"),
        ("workflows.offers.service", "workflows.offers.jobs"),
    ]


def test_every_workflows_module_has_a_layer_in_the_chain() -> None:
    names = [layer for layer, _ in WORKFLOW_LAYERS]
    assert names == ["kernel", "models", "infrastructure", "ports", "use cases", "jobs"]
    assert workflow_layer("workflows.offers.models") < workflow_layer("workflows.services")
    assert workflow_layer("workflows.services") < workflow_layer("workflows.offers.service")
    assert workflow_layer("workflows.offers.service") < workflow_layer("workflows.offers.jobs")
    assert workflow_layer("workflows.background.jobs") < workflow_layer("workflows.services")


def test_the_packages_of_workflows_hold_only_their_docstring() -> None:
    root = Path(__file__).resolve().parents[2] / "workflows"
    for init in root.rglob("__init__.py"):
        if "migrations" in init.parts:
            continue
        body = ast.parse(init.read_text(encoding="utf-8")).body
        code = [
            n for n in body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
        ]
        assert code == [], f"{init} holds code: it would sit in the kernel layer"
