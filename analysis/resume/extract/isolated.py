"""Run a native-code step (pdfium) in a worker process that is killed when it takes too long.

A thread cannot be stopped while it is inside C code, so a PDF crafted to make pdfium render or
lay out for minutes would hold a worker (and, before, pdfium's process-wide lock) for as long
as it liked. The worker comes from a forkserver (forked from a clean single-threaded process,
with the PDF module already imported) and is reused from call to call, so a normal PDF costs
only the trip through a pipe; one that overruns gets the worker killed and a fresh one next
time, and a crash in native code kills only the worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

_CTX = multiprocessing.get_context("forkserver")
_PRELOAD = ["analysis.resume.extract.pdf"]
_configured: bool | None = None


def _usable() -> bool:
    """Configure the forkserver once; False when children could not start from this process.

    Each child re-imports the parent's main script unless the forkserver already did: so the
    forkserver imports it once (every entry point guards its `main()`). A main that is no file
    (code piped to `python -`) cannot be imported at all: then the step runs in process.
    """
    global _configured
    if _configured is None:
        main = sys.modules["__main__"]
        path = getattr(main, "__file__", None)
        from_file = getattr(main.__spec__, "name", None) is None and path is not None
        _configured = not from_file or os.path.exists(str(path))
        _CTX.set_forkserver_preload(["__main__", *_PRELOAD] if from_file else _PRELOAD)
        if not _configured:
            log.warning("main script %r is not a file: PDF reading runs without a time limit", path)
    return _configured


class ChildTimeoutError(Exception):
    """The child did not answer in time and was killed."""


class ChildCrashedError(Exception):
    """The child ended without answering (killed by a signal, out of memory, ...)."""


def _serve(conn: Connection) -> None:
    """The worker: run each call it is sent, in order, until the parent goes away."""
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return  # the parent closed its end (or died): nothing more to do
        conn.send(fn(*args))


class _Worker:
    """One long-lived child (reused while it behaves; replaced after a timeout or a crash)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._proc: Any = None

    def _ensure(self) -> Connection:
        if self._conn is None or self._proc is None or not self._proc.is_alive():
            self._discard()
            parent, child = _CTX.Pipe(duplex=True)
            self._proc = _CTX.Process(target=_serve, args=(child,), daemon=True)
            self._proc.start()
            child.close()
            self._conn = parent
        return self._conn

    def _discard(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn = None, None

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout_s: float) -> Any:
        # One call at a time: pdfium is single-threaded anyway (it was behind a process lock).
        with self._lock:
            conn = self._ensure()
            try:
                conn.send((fn, args))
                if not conn.poll(timeout_s):
                    self._discard()
                    raise ChildTimeoutError(f"no answer within {timeout_s:g} s")
                return conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                code = self._proc.exitcode if self._proc is not None else None
                self._discard()
                raise ChildCrashedError(f"child exited with {code}") from exc


_WORKER = _Worker()


def call_isolated(fn: Callable[..., Any], args: tuple[Any, ...], *, timeout_s: float) -> Any:
    """`fn(*args)` in the worker process; its (picklable) result, or an error when it is too
    slow (the worker is killed and replaced) or dies. `fn` must return its failures as values:
    exceptions do not cross the pipe."""
    if not _usable():
        return fn(*args)
    return _WORKER.call(fn, args, timeout_s)
