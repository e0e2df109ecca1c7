"""What is said to people is worded in bot/presenters/, not by use cases in workflows/.

Use cases build typed messages (`<domain>/messages.py`) and have `Services.present` word them.
A module of `workflows/` that builds a DingTalk message body itself (`Markdown(...)`,
`ActionCard(...)`, `Text(...)`) is debt, listed here until it is paid: a new one fails, and so
does a paid one still listed, so the list only shrinks.

Nor may Chinese wording reach a message, card, e-mail, SMS or the outbox as a plain string: a
string literal with Chinese characters in the arguments of a constructor or a queueing helper
(`SENDS`), directly or through a name assigned in the same function or at module level, fails.
Not seen: wording that comes from another module's constant or through a helper of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "workflows"
WORDED = {"Markdown", "ActionCard", "Text"}
# Known debts: modules still wording a message beside their use case. None left (issue 14).
KNOWN: set[str] = set()
# What carries words to a person: message and card constructors, e-mail and SMS, the outbox.
SENDS = WORDED | {
    "OutgoingMessage",
    "InteractiveCard",
    "FileMessage",
    "CardUpdate",
    "Email",
    "Sms",
    "enqueue_message",
    "enqueue_channel_message",
    "queue_message",
    "notify",
    "queue_external",
}
# Han characters and CJK/full-width punctuation.
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def _sources() -> dict[str, ast.Module]:
    return {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in ROOT.rglob("*.py")
        if "migrations" not in path.parts
    }


def _wording_modules() -> set[str]:
    found = set()
    for name, tree in _sources().items():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in WORDED
            ):
                found.add(name)
    return found


def _chinese(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and CHINESE.search(n.value)
        for n in ast.walk(node)
    )


def _called(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _in_scope(statements: list[ast.stmt]) -> list[ast.AST]:
    """The nodes of these statements, not those of functions defined among them."""
    nodes: list[ast.AST] = []
    todo: list[ast.AST] = list(statements)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        nodes.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def _worded_names(nodes: list[ast.AST]) -> set[str]:
    """Names given a value with a Chinese string literal."""
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign) and (
            node.value is not None and _chinese(node.value)
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def _plain_wording(tree: ast.Module) -> list[str]:
    """Sends in this module handed a Chinese string literal, as `line: call`."""
    module = _in_scope(tree.body)
    module_names = _worded_names(module)
    scopes = [(module, module_names)]
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            body = _in_scope(node.body)
            scopes.append((body, module_names | _worded_names(body)))
    found = []
    for nodes, names in scopes:
        for node in nodes:
            if not isinstance(node, ast.Call) or _called(node) not in SENDS:
                continue
            given = [*node.args, *(k.value for k in node.keywords)]
            if any(_chinese(a) for a in given) or any(
                isinstance(n, ast.Name) and n.id in names for a in given for n in ast.walk(a)
            ):
                found.append((node.lineno, f"{node.lineno}: {ast.unparse(node)[:80]}"))
    return [hit for _, hit in sorted(found)]


def test_no_new_use_case_words_a_message_itself() -> None:
    found = _wording_modules()
    assert sorted(found - KNOWN) == [], "build a typed message and word it in bot/presenters/"
    assert sorted(KNOWN - found) == [], "paid debt: drop it from the list"


def test_no_plain_chinese_string_is_sent_from_workflows() -> None:
    found = {name: hits for name, tree in _sources().items() if (hits := _plain_wording(tree))}
    assert found == {}, "build a typed message and word it in bot/presenters/"


def test_the_plain_string_check_sees_direct_and_named_wording() -> None:
    tree = ast.parse(
        "NOTICE = '处理失败'\n"
        "FAILED = CardUpdate(card_data={'notice': '处理失败'})\n"
        "async def f(r, deps):\n"
        "    body = f'#### 已删除 {r}'\n"
        "    await queue_message(r, OutgoingMessage(r, body), dedup_key='k')\n"
        "    await notify(NOTICE, dedup_key='k', queue=deps.queue)\n"
        "    await queue_message(r, deps.present.x(r), dedup_key='k')\n"
        "    raise ValueError('不是发送', NOTICE)\n"
        "class Mail:\n"
        "    def send(self, to):\n"
        "        return Email(to=to, subject='面试邀请', text='', html='')\n"
    )
    lines = [hit.split(":")[0] for hit in _plain_wording(tree)]
    assert lines == ["2", "5", "5", "6", "11"]


def test_no_texts_module_is_left_in_workflows() -> None:
    texts = [p for p in ROOT.rglob("*.py") if p.stem == "texts" or p.stem.endswith("_texts")]
    assert texts == []
