"""The verdict cache port: the same input never goes to the judge twice.

A verdict is keyed by (engine, model, prompt version, transcript hash, question/dimension), so
re-scoring an answer returns exactly the stored verdict, whatever the server would say today.
Workflows implements it on the database (encrypted at rest); MemoryVerdictCache serves the CLI
evaluations and benches within one process.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Protocol

from analysis.scoring.llm.verdict import Verdict


def sha256_text(text: str) -> str:
    """Hex sha256 of a text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class VerdictKey:
    """What makes two judgements the same judgement."""

    engine: str
    model: str
    prompt_version: str
    transcript_hash: str  # sha256 of the exact text the judge read
    subject_hash: str  # sha256 of the question and the dimension's rubric (judge_fingerprint)
    dimension_code: str

    @property
    def digest(self) -> str:
        """One hex string for the whole key (the fields cannot contain the separator)."""
        parts = (
            self.engine,
            self.model,
            self.prompt_version,
            self.transcript_hash,
            self.subject_hash,
            self.dimension_code,
        )
        return sha256_text("\x1f".join(parts))


class VerdictCache(Protocol):
    """Stored verdicts by key. Called from the scorer's worker threads, never from an event
    loop's own thread (a database-backed cache waits on the loop)."""

    def get(self, key: VerdictKey) -> Verdict | None:
        """The stored verdict, or None."""
        ...

    def put(self, key: VerdictKey, verdict: Verdict) -> None:
        """Store a verdict; the first one stored for a key wins."""
        ...


class MemoryVerdictCache:
    """A process-local verdict cache (thread-safe)."""

    def __init__(self) -> None:
        self._data: dict[str, Verdict] = {}
        self._lock = threading.Lock()

    def get(self, key: VerdictKey) -> Verdict | None:
        """The stored verdict, or None."""
        with self._lock:
            return self._data.get(key.digest)

    def put(self, key: VerdictKey, verdict: Verdict) -> None:
        """Store a verdict; the first one stored for a key wins."""
        with self._lock:
            self._data.setdefault(key.digest, verdict)

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)
