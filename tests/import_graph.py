"""The project's import graph, read statically: cycles between modules, imports against the layers.

Every import counts, function-local ones included; only those under `if TYPE_CHECKING:` do not.
Run `python -m tests.import_graph` for a report; `tests/unit/test_import_layers.py` keeps it clean.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from fnmatch import fnmatchcase
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("settings", "workflows", "analysis", "integrations", "bot", "miniapp_api", "dinghire")
SKIPPED = ("migrations",)

# Lower layers never import higher ones. `analysis` and `integrations` are leaves beside each
# other; `workflows` uses both; the entry points (bot, miniapp_api) and the process (dinghire)
# sit on top.
LAYER = {
    "settings": 0,
    "analysis": 1,
    "integrations": 1,
    "workflows": 2,
    "bot": 3,
    "miniapp_api": 3,
    "dinghire": 4,
}
# The process package starts the web app and the bot, and the web app reads the process's container.
ALLOWED_UPWARD = {("miniapp_api", "dinghire")}

# Inside `workflows/` the domains (applications, offers, ...) use each other's tables, so the chain
# runs across them by the kind of module, which its file name says. Lowest first; a module is in
# the first layer one of whose patterns matches it, and imports only from its own layer or below.
WORKFLOW_LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "kernel",  # plain values and rules: no ORM, no I/O
        (
            "workflows",
            "workflows.errors",
            "workflows.clock",
            "workflows.actors",
            "workflows.events",
            "workflows.signing",
            "workflows.links",
            "workflows.db",
            "workflows.common",
            "workflows.common.*",
            "workflows.privacy",
            "workflows.privacy.contexts",
            "workflows.*.stages",
            "workflows.decisions.policy",
            "workflows.offers.salary",
            "workflows.interviews.limits",
            "workflows.background.names",
        ),
    ),
    ("models", ("workflows.*.models", "workflows.messaging.reach")),  # the tables
    (
        "infrastructure",  # what use cases run on: the vault, the object store, the job queue
        (
            "workflows.privacy.keys",
            "workflows.privacy.vault",
            "workflows.storage",
            "workflows.storage.*",
            "workflows.background.jobs",
            "workflows.background.queue",
        ),
    ),
    (
        "ports",  # the one services object and the typed messages its presenters word
        (
            "workflows.services",
            "workflows.presenting",
            "workflows.*.messages",
            "workflows.decisions.scored_card",
            "workflows.messaging.candidate_message",
        ),
    ),
    ("use cases", ("workflows.*",)),  # every other module: service.py and its neighbours
    ("jobs", ("workflows.*.jobs",)),  # the background jobs, beside the use case each one runs
)
# `background/jobs.py` is the job machinery (ids, retries), not a domain's jobs.
_NOT_JOBS = ("workflows.background.jobs", "workflows.jobs")


def workflow_layer(module: str, *, package: bool = False) -> int:
    """The index in WORKFLOW_LAYERS of a `workflows` module. A package's `__init__` holds only
    its docstring (a test keeps it so), so it sits in the kernel."""
    if package:
        return 0
    if module not in _NOT_JOBS and fnmatchcase(module, "workflows.*.jobs"):
        return len(WORKFLOW_LAYERS) - 1
    for index, (_, patterns) in enumerate(WORKFLOW_LAYERS):
        if any(fnmatchcase(module, pattern) for pattern in patterns):
            return index
    raise ValueError(f"{module} is in no workflows layer")


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every first-party module name and its file."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            rel = path.relative_to(root)
            if any(part in SKIPPED for part in rel.parts):
                continue
            name = ".".join(rel.with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            ids.update(id(n) for n in ast.walk(node))
    return ids


def _named(node: ast.Import | ast.ImportFrom, current: str, is_package: bool) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        parts = current.split(".")
        if not is_package:
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join([*parts, base] if base else parts)
    yield base
    yield from (f"{base}.{alias.name}" for alias in node.names)


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the first-party modules it imports."""
    mods = modules(root)
    edges: dict[str, set[str]] = {}
    for name, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        out: set[str] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom) or id(node) in skip:
                continue
            for target in _named(node, name, path.name == "__init__.py"):
                while target and target not in mods:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    out.add(target)
        edges[name] = out
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of modules (a package importing its own children aside)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for v in sorted(edges):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(limit)

    def family_only(group: list[str]) -> bool:
        return all(
            any(o.startswith(m + ".") or m.startswith(o + ".") for o in group if o != m)
            for m in group
        )

    return [g for g in found if not family_only(g)]


def upward_imports(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) pairs where a lower layer imports a higher one (LAYER, and
    WORKFLOW_LAYERS inside `workflows`)."""
    wrong = []
    packages = {m.rpartition(".")[0] for m in edges}

    def layer(module: str) -> int:
        return workflow_layer(module, package=module in packages)

    for src, targets in sorted(edges.items()):
        top = src.split(".")[0]
        for dst in sorted(targets):
            other = dst.split(".")[0]
            # The two leaves (analysis, integrations) share a layer and stay apart.
            sideways = LAYER[other] == LAYER[top] and other != top
            across = (LAYER[other] > LAYER[top] or sideways) and (top, other) not in ALLOWED_UPWARD
            within = top == other == "workflows" and layer(dst) > layer(src)
            if across or within:
                wrong.append((src, dst))
    return wrong


def main() -> int:
    """Print the cycles and the imports against the layers; exit 1 if there are any."""
    edges = graph()
    found = cycles(edges)
    wrong = upward_imports(edges)
    for group in found:
        print("cycle:", " <-> ".join(group))
    for src, dst in wrong:
        print(f"against the layers: {src} -> {dst}")
    print(f"import cycles: {len(found)}; imports against the layers: {len(wrong)}")
    return 1 if found or wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
