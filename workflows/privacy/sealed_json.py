"""Personal words inside JSON columns, sealed under the candidate's data key.

Evidence quotes (analysis results and reports), follow-up suggestions, audio and vision cues and
resume-to-job match explanations are JSON read by many views. Quotes are sealed leaf by leaf (the
document's shape, scores and names stay readable for ranking and statistics); whole documents
(cues, match explanations) become `{"sealed": token}`. Either way the candidate's data key opens
them, so erasure (which destroys that key) leaves nothing readable in a backup taken before it.
Values written before sealing (plain strings, plain documents) read as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from workflows.privacy import contexts
from workflows.privacy.keys import KeyUnavailableError
from workflows.privacy.vault import DecryptionError, PiiVault, key_id_of

ERASED_QUOTE = "（已按保留期限删除）"
_SEALED = "sealed"


def map_quotes(value: Any, fn: Callable[[str], str]) -> Any:
    """A copy of report/score JSON with `fn` applied to every evidence quote (an evidence item's
    text, a string in an evidence list, a `quote` or `transcript` value)."""
    if isinstance(value, list):
        return [map_quotes(v, fn) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key == "evidence" and isinstance(item, list):
            out[key] = [_evidence(e, fn) for e in item]
        elif key in ("quote", "transcript") and isinstance(item, str):
            out[key] = fn(item)
        else:
            out[key] = map_quotes(item, fn)
    return out


def _evidence(item: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(item, dict):
        inner = map_quotes(item, fn)
        return {**inner, "text": fn(str(item.get("text", "")))} if "text" in item else inner
    return fn(item) if isinstance(item, str) else item


def _is_token(text: str) -> bool:
    return text.startswith("v2:c") or text.startswith("v2:m")


def seal_quotes(vault: PiiVault, value: Any, *, owner: int | None) -> Any:
    """`value` with every quote sealed under `owner`'s data key (unlocked first); unchanged
    without an owner."""
    if not owner:
        return value
    return map_quotes(
        value,
        lambda q: (
            q
            if not q or _is_token(q)
            else vault.encrypt(q, context=contexts.EVIDENCE_QUOTE, owner=owner)
        ),
    )


def _tokens(value: Any, found: list[str]) -> None:
    def keep(q: str) -> str:
        found.append(q)
        return q

    map_quotes(value, keep)


async def open_quotes(vault: PiiVault, value: Any) -> Any:
    """`value` with its quotes readable; a quote whose key was destroyed reads as erased."""
    found: list[str] = []
    _tokens(value, found)
    sealed = [t for t in found if _is_token(t)]
    if not sealed:
        return value
    await vault.unlock_tokens(sealed)

    def one(q: str) -> str:
        if not _is_token(q):
            return q
        try:
            return vault.decrypt(q, context=contexts.EVIDENCE_QUOTE)
        except (DecryptionError, KeyUnavailableError):
            return ERASED_QUOTE

    return map_quotes(value, one)


# What a match explanation keeps readable beside its seal: the verdict, not the reasons.
MATCH_PLAIN = ("disqualified", "confidence")


def seal_doc(
    vault: PiiVault,
    doc: dict[str, Any],
    *,
    context: str,
    owner: int | None,
    keep: tuple[str, ...] = (),
) -> Any:
    """A whole JSON document as `{"sealed": token}` under `owner`'s key (unlocked first), with
    the `keep` keys copied beside it in the clear; empty documents and documents without an
    owner stay as they are."""
    if not doc or not owner or _SEALED in doc:
        return doc
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    plain = {k: doc[k] for k in keep if k in doc}
    return {_SEALED: vault.encrypt(text, context=context, owner=owner), **plain}


async def open_doc(vault: PiiVault, doc: Any, *, context: str) -> dict[str, Any]:
    """The document `seal_doc` sealed ({} when its key was destroyed); plain ones as they are."""
    if not isinstance(doc, dict):
        return {}
    token = doc.get(_SEALED)
    if not isinstance(token, str):
        return doc
    extra = {k: v for k, v in doc.items() if k != _SEALED}  # e.g. a follow-up's node_index
    if key_id_of(token).startswith("c"):
        await vault.unlock_tokens([token])
    try:
        opened = json.loads(vault.decrypt(token, context=context))
    except (DecryptionError, KeyUnavailableError):
        return {}
    return {**opened, **extra} if isinstance(opened, dict) else {}


# A sealed file name must fit its 255-character column: the name is cut to this many bytes.
_NAME_BYTES = 120


def seal_file_name(vault: PiiVault, name: str, *, owner: int) -> str:
    """A candidate's file name sealed under their (unlocked) key, shortened to fit the column."""
    cut = name.encode("utf-8")[:_NAME_BYTES].decode("utf-8", "ignore")
    return vault.encrypt(cut, context=contexts.RESUME_FILE_NAME, owner=owner)


async def open_file_name(vault: PiiVault, stored: str) -> str:
    """A file name as `seal_file_name` stored it (plain names, older or HR's, as they are)."""
    return await open_text(vault, stored, context=contexts.RESUME_FILE_NAME)


async def open_text(vault: PiiVault, stored: str, *, context: str) -> str:
    """A text column that holds either plain text (bank questions, older rows) or a sealed
    value; a sealed one whose key was destroyed reads as erased."""
    if not _is_token(stored):
        return stored
    await vault.unlock_tokens([stored])
    try:
        return vault.decrypt(stored, context=context)
    except (DecryptionError, KeyUnavailableError):
        return ERASED_QUOTE
