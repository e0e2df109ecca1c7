"""What the demo prints: numbered steps with timings, details under each, and a clear failure."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

TOTAL_STEPS = 12
_MARKDOWN = re.compile(r"^#+\s*|\*\*|`")


class StepFailedError(Exception):
    """A step could not finish; the message says what went wrong in plain words."""

    def __init__(self, message: str, *, step: int = 0) -> None:
        super().__init__(message)
        self.step = step


def plain(text: str) -> str:
    """Markdown made readable in a terminal (headings, bold and code marks dropped)."""
    return "\n".join(_MARKDOWN.sub("", line).rstrip() for line in text.splitlines()).strip()


class Printer:
    """Prints to stdout, flushed at once, so a piped run shows progress as it happens."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        reconfigure = getattr(self.out, "reconfigure", None)
        if reconfigure is not None and (self.out.encoding or "").lower() not in ("utf-8", "utf8"):
            # A non-UTF-8 terminal shows '?' for Chinese instead of the demo crashing.
            reconfigure(errors="replace")
        self.started = time.monotonic()
        self.current = 0
        self._dots = False

    def line(self, text: str = "") -> None:
        """One line, ending any run of progress dots first."""
        if self._dots:
            self.out.write("\n")
            self._dots = False
        self.out.write(text + "\n")
        self.out.flush()

    def info(self, text: str) -> None:
        """A detail under the current step."""
        for part in text.splitlines() or [""]:
            self.line(f"      {part}")

    def block(self, text: str, *, limit: int = 12) -> None:
        """A message the bot sent, shown as plain text, at most `limit` lines."""
        lines = [ln for ln in plain(text).splitlines() if ln.strip()]
        for ln in lines[:limit]:
            self.line(f"        │ {ln}")
        if len(lines) > limit:
            more = len(lines) - limit
            self.line(f"        │ …（另有 {more} 行 / {more} more lines）")

    def dot(self) -> None:
        """A progress dot on the current line."""
        if not self._dots:
            self.out.write("      ")
            self._dots = True
        self.out.write(".")
        self.out.flush()

    def error(self, text: str) -> None:
        """A failure, on stderr (after everything printed so far)."""
        self.line()
        self.out.flush()
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def note(self, text: str) -> None:
        """Something skipped or not available, said plainly."""
        self.info(f"⚠ {text}")

    @contextmanager
    def step(self, number: int, title_zh: str, title_en: str) -> Iterator[None]:
        """Print the step's heading, run it, print its time; failures carry the step number."""
        self.current = number
        self.line()
        self.line(f"[{number}/{TOTAL_STEPS}] {title_zh} · {title_en}")
        began = time.monotonic()
        try:
            yield
        except StepFailedError as exc:
            exc.step = exc.step or number
            raise
        took = time.monotonic() - began
        self.line(f"      ✔ 第 {number} 步完成 step {number} done ({took:.1f} s)")

    def skipped(self, number: int, title_zh: str, title_en: str, why: str) -> None:
        """A step that does not run, with the reason."""
        self.line()
        self.line(f"[{number}/{TOTAL_STEPS}] {title_zh} · {title_en}")
        self.line(f"      – 跳过 skipped: {why}")

    def elapsed(self) -> float:
        """Seconds since the demo started."""
        return time.monotonic() - self.started
